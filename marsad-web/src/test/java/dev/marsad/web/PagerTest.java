package dev.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void linksBothWaysInTheMiddle() {
        Pager pager = Pager.of(new Paging(2, 20), 3, p -> "/?page=" + p);
        assertThat(pager.previous()).contains("/?page=1");
        assertThat(pager.next()).contains("/?page=3");
    }

    @Test
    void neverLinksPastTheDeepestPage() {
        // 50,000 hits at 20 a page: only the first 10,000 can be paged to (issue 9)
        Pager pager = Pager.of(new Paging(500, 20), 2500, p -> "/?page=" + p);
        assertThat(pager.pageCount()).isEqualTo(500);
        assertThat(pager.next()).isEmpty();
        assertThat(pager.previous()).contains("/?page=499");
    }
}
