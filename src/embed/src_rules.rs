//! The rules a `src` attribute and its response must meet, as pure functions (tested natively);
//! `remote` applies them in the browser. The docs/embedding.md states them for authors.

/// What a `src` attribute asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SrcAttr<'a> {
    /// No attribute: the bundled dataset.
    Absent,
    /// `src=""` or only white space: treated as absent (with one warning). Fetching it would
    /// request the host page itself, with its cookies.
    Blank,
    /// A URL to resolve against the page's base URL.
    Url(&'a str),
}

pub fn src_attr(value: Option<&str>) -> SrcAttr<'_> {
    match value.map(str::trim) {
        None => SrcAttr::Absent,
        Some("") => SrcAttr::Blank,
        Some(url) => SrcAttr::Url(url),
    }
}

/// May a dataset be fetched from a URL of this scheme (`URL.protocol`, as `"https:"`)? The web's
/// own, and `blob:`: a blob URL is made by a script of the page itself (the authoring page
/// previews a pasted dataset through one), and reading it sends nothing anywhere.
pub fn is_dataset_scheme(protocol: &str) -> bool {
    matches!(protocol, "http:" | "https:" | "blob:")
}

/// Does the resolved `url` name the page it is on (`#x`, `?`, or its own address)? Fetching
/// that would be a credentialed request for the host page, not for a dataset.
pub fn is_this_page(url: &str, page: &str) -> bool {
    let bare = |u: &str| -> String {
        let u = u.split_once('#').map_or(u, |(before, _)| before);
        u.strip_suffix('?').unwrap_or(u).to_string()
    };
    bare(url) == bare(page)
}

/// A response's `Content-Type` a dataset may have: JSON (`application/json`, `text/json`, any
/// `+json` type), plain text (how raw-file hosts serve `.json`), or none at all. HTML, images
/// and the like are refused, so a misconfigured URL that answers with a page is named as such.
pub fn is_dataset_type(content_type: Option<&str>) -> bool {
    let Some(content_type) = content_type else { return true };
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    matches!(essence.as_str(), "" | "application/json" | "text/json" | "text/plain")
        || (essence.starts_with("application/") && essence.ends_with("+json"))
}

/// Is a failed status worth asking again later? Server errors and "too many requests" may pass;
/// other client errors (404, 403, 410…) will not.
pub fn is_transient_status(status: u16) -> bool {
    status >= 500 || status == 408 || status == 429
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datasets_come_from_the_web_or_from_the_page_itself() {
        for ok in ["http:", "https:", "blob:"] {
            assert!(is_dataset_scheme(ok), "{ok}");
        }
        for refused in ["data:", "file:", "javascript:", "ftp:", "HTTPS:", ""] {
            assert!(!is_dataset_scheme(refused), "{refused}");
        }
    }

    #[test]
    fn blank_is_absent_not_the_page() {
        assert_eq!(src_attr(None), SrcAttr::Absent);
        assert_eq!(src_attr(Some("")), SrcAttr::Blank);
        assert_eq!(src_attr(Some(" \n\t")), SrcAttr::Blank);
        assert_eq!(src_attr(Some(" data/x.json ")), SrcAttr::Url("data/x.json"));
    }

    #[test]
    fn urls_that_name_the_page_itself() {
        let page = "https://blog.example/post?id=3#comments";
        for url in ["https://blog.example/post?id=3", "https://blog.example/post?id=3#x"] {
            assert!(is_this_page(url, page), "{url}");
        }
        assert!(is_this_page("https://blog.example/post?", "https://blog.example/post"));
        for url in
            ["https://blog.example/post?id=4", "https://blog.example/data.json", "https://other.example/post?id=3"]
        {
            assert!(!is_this_page(url, page), "{url}");
        }
    }

    #[test]
    fn content_types() {
        for ok in [
            None,
            Some("application/json"),
            Some("Application/JSON; charset=utf-8"),
            Some("text/plain; charset=utf-8"),
            Some("application/ld+json"),
            Some("text/json"),
        ] {
            assert!(is_dataset_type(ok), "{ok:?}");
        }
        for bad in [
            Some("text/html; charset=utf-8"),
            Some("image/png"),
            Some("application/javascript"),
            Some("text/json-seq+html"),
        ] {
            assert!(!is_dataset_type(bad), "{bad:?}");
        }
    }

    #[test]
    fn transient_statuses() {
        assert!(is_transient_status(503) && is_transient_status(500) && is_transient_status(429));
        assert!(!is_transient_status(404) && !is_transient_status(403) && !is_transient_status(410));
    }
}
