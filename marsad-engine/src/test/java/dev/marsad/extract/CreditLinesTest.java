package dev.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditLinesTest {

    @Test
    void pictureCreditsAreCredits() {
        List<String> credits = List.of(
                "الصورة: وكالة الأنباء",
                "تصوير: محمد الحسيني",
                "Beitragsbild: Titelseite der Lokalzeitung vom 3. Mai",
                "Photo source: Jane Doe from Pexels.",
                "Photo by Sam Lee on Unsplash",
                "Bild von Pixabay",
                "Featured image via Flickr");
        for (String line : credits)
            assertThat(CreditLines.isCredit(line)).as(line).isTrue();
    }

    @Test
    void sentencesAboutPicturesAreNotCredits() {
        List<String> text = List.of(
                "وأظهرت الصورة التي نشرتها الوزارة حجم الدمار في الحي القديم.",
                "Photos of the flooded streets spread quickly on social media after the storm.",
                "Images from the satellite show the fire spreading to the east of the valley.",
                "Bilder aus der Stadt zeigen lange Schlangen vor den Apotheken.");
        for (String line : text) assertThat(CreditLines.isCredit(line)).as(line).isFalse();
    }
}
