package org.casebook.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeedCatalogTest {
    @Test
    void namesTheSampleMotionAndTheThreeSeedArticles() {
        var catalog = SeedCatalog.load();

        assertThat(catalog.motion())
                .isEqualTo("The United States should cut its foreign aid to El Salvador, Guatemala and Honduras.");
        assertThat(catalog.articles()).extracting(SeedCatalog.SeedArticle::location).containsExactly(
                "seeds/articles/000_2c7d0a02acb72ced.txt",
                "seeds/articles/001_f70ea718526867c2.txt",
                "seeds/articles/002_66d844eed9e2e8e7.txt");
        assertThat(catalog.articles()).allSatisfy(a -> assertThat(a.content()).isNotEmpty());
    }
}
