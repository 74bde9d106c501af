//! Datasets named by `src`: fetched once per URL, shared by every widget on the page, checked
//! by the same validator as the bundled data, and refused with a reason when unusable.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCredentials, RequestInit, Response, Url};

use crate::core::dataset::Dataset;
use crate::core::validate::{limits::MAX_DATASET_BYTES, parse_dataset_bytes};

pub type Outcome = Result<Rc<Dataset>, String>;

/// Run once the outcome for a URL is known.
type Waiter = Box<dyn FnOnce(&Outcome)>;

enum Entry {
    Loading(Vec<Waiter>),
    Done(Outcome),
}

thread_local! {
    // A page names few dataset URLs: a list is smaller in the wasm than a map.
    static CACHE: RefCell<Vec<(String, Entry)>> = const { RefCell::new(Vec::new()) };
}

/// Resolves `src` against the page and refuses anything but http(s), so a dataset URL cannot
/// be `javascript:`, `data:` or a local file.
pub fn resolve(src: &str) -> Result<String, String> {
    let base =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    let url = Url::new_with_base(src.trim(), &base).map_err(|_| "it is not a URL".to_string())?;
    match url.protocol().as_str() {
        "http:" | "https:" => Ok(url.href()),
        other => Err(format!("only http and https URLs are allowed, not {other}")),
    }
}

/// The outcome for `url` if it is known, else `None` after arranging for `then` to run once it is.
pub fn get(url: &str, then: impl FnOnce(&Outcome) + 'static) -> Option<Outcome> {
    let start = CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        match cache.iter_mut().find(|(u, _)| u == url).map(|(_, e)| e) {
            Some(Entry::Done(outcome)) => Err(outcome.clone()),
            Some(Entry::Loading(waiting)) => {
                waiting.push(Box::new(then));
                Ok(false)
            }
            None => {
                cache.push((url.to_string(), Entry::Loading(vec![Box::new(then)])));
                Ok(true)
            }
        }
    });
    match start {
        Err(outcome) => Some(outcome),
        Ok(first) => {
            if first {
                let url = url.to_string();
                wasm_bindgen_futures::spawn_local(async move {
                    let outcome = fetch(&url).await;
                    if let Err(reason) = &outcome {
                        // Once per URL, however many widgets use it.
                        web_sys::console::warn_1(
                            &format!("<career-widget> src=\"{url}\" was not used: {reason}").into(),
                        );
                    }
                    let waiting = CACHE.with(|c| {
                        let mut cache = c.borrow_mut();
                        let entry = cache.iter_mut().find(|(u, _)| *u == url).map(|(_, e)| e);
                        entry.map(|e| std::mem::replace(e, Entry::Done(outcome.clone())))
                    });
                    if let Some(Entry::Loading(waiting)) = waiting {
                        for then in waiting {
                            then(&outcome);
                        }
                    }
                });
            }
            None
        }
    }
}

async fn fetch(url: &str) -> Outcome {
    let window = web_sys::window().ok_or("there is no window")?;
    let init = RequestInit::new();
    // No cookies or credentials for a third-party dataset.
    init.set_credentials(RequestCredentials::SameOrigin);
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| "it could not be fetched (a network error, or the page's policy blocked it)".to_string())?;
    let response: Response = response.dyn_into().map_err(|_| "the answer was not a response".to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {} {}", response.status(), response.status_text()).trim().to_string());
    }
    let declared = response.headers().get("content-length").ok().flatten().and_then(|l| l.parse::<usize>().ok());
    if let Some(len) = declared.filter(|&l| l > MAX_DATASET_BYTES) {
        return Err(format!("it is {len} bytes; the limit is {MAX_DATASET_BYTES} bytes"));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "its body could not be read".to_string())?)
        .await
        .map_err(|_| "its body could not be read".to_string())?;
    let bytes = Uint8Array::new(&buffer).to_vec();
    parse_dataset_bytes(&bytes).map(Rc::new).map_err(|e| {
        let text = e.to_string();
        let mut lines: Vec<&str> = text.lines().take(3).collect();
        let more = text.lines().count().saturating_sub(3);
        let tail = if more > 0 { format!(" (and {more} more problems)") } else { String::new() };
        lines.iter_mut().for_each(|l| *l = l.strip_prefix("dataset: ").unwrap_or(l));
        format!("{}{tail}", lines.join("; "))
    })
}
