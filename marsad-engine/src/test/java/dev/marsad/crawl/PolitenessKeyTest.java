package dev.marsad.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolitenessKeyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "https://www.akhbar.com/a,          akhbar.com",
        "http://sport.akhbar.com/b,         akhbar.com",
        "https://akhbar.com/,               akhbar.com",
        "https://news.bbc.co.uk/x,          bbc.co.uk",
        "https://www.youm7.com.eg/x,        youm7.com.eg",
        "https://someone.blogspot.com/x,    someone.blogspot.com",
        "http://127.0.0.1:8181/x,           127.0.0.1:8181",
        "http://127.0.0.2/x,                127.0.0.2",
        "http://[::1]:8080/x,               [::1]:8080",
        "http://localhost:9000/x,           localhost:9000",
        "https://www.akhbar.com:8443/a,     akhbar.com:8443",
    })
    void subdomainsOfOnePublisherShareAKey(String url, String key) {
        assertThat(PolitenessKey.of(URI.create(url))).isEqualTo(key);
    }
}
