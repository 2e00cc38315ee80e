module example {
    requires io.github.nhsstructure;
}
