package example;

import io.github.nhsstructure.NhsStructure;
import io.github.nhsstructure.StructureView;
import io.github.nhsstructure.organisation.OrganisationKind;
import java.time.LocalDate;

public class Icbs {
    public static void main(String[] args) {
        NhsStructure nhs = NhsStructure.bundled();                 // the data jar, found through ServiceLoader
        StructureView july2022 = nhs.asOf(LocalDate.of(2022, 7, 1));
        System.out.println(july2022.count(OrganisationKind.ICB) + " ICBs on " + july2022.date());
        System.out.println(july2022.parent("02P").orElseThrow());
        System.out.println(nhs.successors("00C", july2022.date()).codes());
    }
}
