#!/usr/bin/env bash
# Renders the organisation charts shown in the README (docs/charts/chart-DATE.svg) from the DOT output of
# `nhs-structure chart`. Needs a JDK 17+ and Graphviz (Debian: apt-get install -y graphviz).
# Run from anywhere: docs/charts/render.sh  (builds the command-line jar first if it is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=nhs-structure-examples/target/nhs-structure.jar
if [ ! -f "$jar" ]; then
  ./mvnw -q -DskipTests package
fi
command -v dot >/dev/null || { echo "render.sh: Graphviz 'dot' is not installed (apt-get install -y graphviz)" >&2; exit 1; }
# Down to the commissioners of each era: SHAs and PCTs; area teams and CCGs; STPs and CCGs; ICBs.
kinds=(NATIONAL_BODY REGION AREA_TEAM LOCAL_OFFICE SHA PCT STP CCG ICB)
for date in 2012-04-01 2013-04-01 2019-07-01 2022-07-01 2026-04-01; do
  java -jar "$jar" chart --on "$date" --kind "${kinds[@]}" --format dot \
    | dot -Tsvg -o "docs/charts/chart-$date.svg"
  echo "docs/charts/chart-$date.svg"
done
