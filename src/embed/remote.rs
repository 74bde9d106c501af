//! Datasets named by `src`: fetched once per URL without credentials, read as a stream that stops
//! at the size cap, checked by the same validator as the bundled data, and shared by every widget
//! on the page. Who waits, what is cached and when to retry is `src_cache`'s bookkeeping; the rules
//! are `src_rules`.
//!
//! Raw web-sys rather than gloo-net's request builder: that builder rewrites a URL that has a
//! query (it appends `&`) and cannot read the body as a stream, which the size cap needs.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, ReferrerPolicy, RequestCredentials,
    RequestInit, Response, TextDecoder, TextDecoderOptions, Url,
};

use super::src_cache::{Answer, Problem, SrcCache};
use super::src_rules::{is_dataset_type, is_this_page, is_transient_status};
use crate::core::dataset::Dataset;
use crate::core::read::read_dataset;
use crate::core::text::outside;
use crate::core::validate::limits::MAX_DATASET_BYTES;

/// How long a dataset may take to arrive, body included.
pub const TIMEOUT_MS: u32 = 15_000;

thread_local! {
    static CACHE: RefCell<SrcCache<Rc<Dataset>, AbortController>> = const { RefCell::new(SrcCache::new()) };
    // "url: reason" already warned about: once per URL and reason, however many widgets use it.
    static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Resolves `src` against the page's base URL (as `<a href>` would), refusing anything but http(s)
/// and the page itself.
pub fn resolve(src: &str) -> Result<String, String> {
    let document = gloo_utils::document();
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let url = Url::new_with_base(src, &base).map_err(|_| "it is not a URL".to_string())?;
    let protocol = url.protocol();
    if protocol != "http:" && protocol != "https:" {
        return Err(format!("only http and https URLs are allowed, not {}", outside(&protocol, 20)));
    }
    let href = url.href();
    if document.url().is_ok_and(|page| is_this_page(&href, &page)) {
        return Err("it names this page itself, not a dataset".to_string());
    }
    Ok(href)
}

/// Widget `id` now wants the dataset at `url` (already resolved), or none with `None`. Returns
/// what is known; while loading, `wake(id)` runs once the answer is in.
pub fn want(id: u32, url: Option<&str>, wake: fn(u32)) -> Option<Answer<Rc<Dataset>>> {
    let mut controller = None;
    let (answer, effects) = CACHE.with(|c| {
        c.borrow_mut().want(id, url, js_sys::Date::now(), || {
            let made = AbortController::new().expect("AbortController is in every browser the widget supports");
            controller = Some(made.clone());
            made
        })
    });
    for flight in effects.abort {
        flight.abort();
    }
    if let (Some((url, number)), Some(controller)) = (effects.start, controller) {
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = fetch(&url, &controller).await;
            let woken = CACHE.with(|c| c.borrow_mut().finish(&url, number, outcome.clone(), js_sys::Date::now()));
            if woken.is_empty() {
                return; // aborted: nobody waits for it any more
            }
            if let Err(Problem::Refused(reason) | Problem::Transient(reason)) = &outcome {
                warn_once(&url, reason);
            }
            for id in woken {
                wake(id);
            }
        });
    }
    answer
}

fn warn_once(url: &str, reason: &str) {
    let message = format!("<career-widget> src=\"{}\" was not used: {reason}", outside(url, 80));
    WARNED.with(|w| {
        let mut warned = w.borrow_mut();
        if !warned.contains(&message) {
            web_sys::console::warn_1(&message.as_str().into());
            warned.push(message);
        }
    });
}

async fn fetch(url: &str, controller: &AbortController) -> Result<Rc<Dataset>, Problem> {
    let timed_out = Rc::new(Cell::new(false));
    let _timeout = {
        let (timed_out, controller) = (timed_out.clone(), controller.clone());
        Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let failed = |what: &str| {
        Problem::Transient(if timed_out.get() {
            format!("it did not arrive within {} seconds", TIMEOUT_MS / 1000)
        } else {
            what.to_string()
        })
    };

    let init = RequestInit::new();
    // Never the host page's cookies or credentials, and no Referer naming the reader's page.
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_signal(Some(&controller.signal()));
    let response = JsFuture::from(gloo_utils::window().fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| failed(&network_failure(url)))?;
    let response: Response = response.unchecked_into();

    if !response.ok() {
        let status = response.status();
        let reason =
            format!("the server answered {status} {}", outside(&response.status_text(), 60)).trim().to_string();
        return Err(if is_transient_status(status) { Problem::Transient(reason) } else { Problem::Refused(reason) });
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type");
    if !is_dataset_type(content_type.as_deref()) {
        controller.abort();
        return Err(Problem::Refused(format!(
            "it was served as {}, not as JSON",
            outside(content_type.as_deref().unwrap_or_default(), 60)
        )));
    }
    let too_large = || Problem::Refused(format!("it is larger than the limit of {MAX_DATASET_BYTES} bytes"));
    if header("content-length").and_then(|l| l.trim().parse::<usize>().ok()).is_some_and(|l| l > MAX_DATASET_BYTES) {
        controller.abort();
        return Err(too_large());
    }

    // Read chunk by chunk, stopping at the cap: neither a missing Content-Length nor a
    // compressed body lets more than the cap through, and the bytes stay in JavaScript until
    // they are known to fit.
    let Some(body) = response.body() else { return Err(Problem::Refused("it has no body".into())) };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut chunks = Vec::new();
    let mut total = 0;
    loop {
        let read: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| failed("its body could not be read to the end"))?
            .unchecked_into();
        if read.get_done().unwrap_or(true) {
            break;
        }
        let chunk: Uint8Array = read.get_value().unchecked_into();
        total += chunk.length() as usize;
        if total > MAX_DATASET_BYTES {
            controller.abort();
            return Err(too_large());
        }
        chunks.push(chunk);
    }
    let bytes = Uint8Array::new_with_length(total as u32);
    let mut at = 0;
    for chunk in &chunks {
        bytes.set(chunk, at);
        at += chunk.length();
    }

    // Strict UTF-8; a byte-order mark is dropped.
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    let text = TextDecoder::new_with_label_and_options("utf-8", &options)
        .and_then(|d| d.decode_with_buffer_source(&bytes))
        .map_err(|_| Problem::Refused("it is not UTF-8 text".into()))?;
    read_dataset(&text).map(Rc::new).map_err(|e| Problem::Refused(summary(&e.to_string())))
}

/// Why a fetch failed before any response: the network, or (for another origin) CORS, which the
/// browser does not tell apart.
fn network_failure(url: &str) -> String {
    let own = gloo_utils::window().location().origin().ok();
    let theirs = Url::new(url).ok().map(|u| u.origin());
    if own.is_some() && own == theirs {
        "it could not be fetched (a network error, or the page's policy blocked it)".to_string()
    } else {
        "it could not be fetched: a network error, the page's policy blocked it, or its server does not let other \
         sites read it (it must send Access-Control-Allow-Origin)"
            .to_string()
    }
}

/// The first three problems of a refused dataset, each cleaned, on one line.
fn summary(errors: &str) -> String {
    let mut lines: Vec<String> =
        errors.lines().take(3).map(|l| outside(l.strip_prefix("dataset: ").unwrap_or(l), 160)).collect();
    let more = errors.lines().count().saturating_sub(3);
    if more > 0 {
        lines.push(format!("and {more} more problems"));
    }
    lines.join("; ")
}
