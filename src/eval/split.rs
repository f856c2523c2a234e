//! The held-out part of a data set: chosen by the page's site, so that two
//! pages of one site never fall on both sides, and fixed (a hash of the
//! host, no randomness), so every run and every training holds out the same
//! pages. Training reads only the other part; reports print both.

/// One site in HELD_OUT_OF is held out.
const HELD_OUT_OF: u64 = 4;

/// Whether the page at `url` belongs to the held-out part.
pub fn held_out(url: &str) -> bool {
    fnv1a(host(url).as_bytes()).is_multiple_of(HELD_OUT_OF)
}

/// Which of `k` folds of the tuned-on part a page's site falls in, for
/// cross-validation inside that part (independent of `held_out`).
pub fn fold(url: &str, k: u64) -> usize {
    (fnv1a(host(url).as_bytes()) / HELD_OUT_OF % k) as usize
}

/// The host of a URL without `www.` ("https://www.a.com/x" -> "a.com"); the
/// whole string when it has no scheme.
pub fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    host.strip_prefix("www.").unwrap_or(host)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_compared_without_scheme_www_port_or_path() {
        assert_eq!(host("https://www.example.com:8080/a/b?c"), "example.com");
        assert_eq!(host("http://user@news.example.org"), "news.example.org");
        assert_eq!(held_out("https://www.a.com/1"), held_out("http://a.com/2"));
    }

    #[test]
    fn about_a_quarter_of_sites_are_held_out() {
        let n = (0..4000)
            .filter(|i| held_out(&format!("https://site{i}.com/")))
            .count();
        assert!((800..1200).contains(&n), "{n}");
    }
}
