/**
 * Internal to the library: strict UTF-8 decoding that names where the first byte that is not UTF-8 stands (its
 * line, its column and its value), shared by every reader of text files: the dataset's CSV reader, the re-baser's
 * series files, the ODS extract reader and the command line's own input files: the modules
 * {@code io.github.nhsstructure.ods} and {@code io.github.nhsstructure.examples} (automatic) are the only ones this
 * package is exported to.
 *
 * <p>Not part of the API: it may change in any release.
 */
@NullMarked
package io.github.nhsstructure.internal.text;

import org.jspecify.annotations.NullMarked;
