package org.wuzhenkiosk.screen.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wuzhenkiosk.content.BundledContent;
import org.wuzhenkiosk.content.Content;
import org.wuzhenkiosk.content.ContentLoader;

class HomeModelTest {

    @Test
    void theHomeScreenCountsEachPlaceOnceAndNoCountryForAnInternationalOrganization() {
        Content content = ContentLoader.load(BundledContent.root()).content();
        HomeModel home = HomeModel.of(content);
        // Wuzhen and Bangkok appear in several cases; ITU, ITC and the WIC itself are no country
        assertThat(home.places()).isEqualTo(20);
        assertThat(home.countries()).isEqualTo(15);
        assertThat(content.cases().stream().flatMap(c -> c.countries().stream())).doesNotContain("CH");
    }
}
