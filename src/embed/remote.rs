//! Datasets named by `src`: fetched once per URL without credentials, read as a stream that stops
//! at the size cap, checked by the same validator as the bundled data, and shared by every widget
//! on the page. Who waits, what is cached and when to retry is `src_cache`'s bookkeeping; the rules
//! are `src_rules`.
//!
//! Raw web-sys rather than gloo-net's request builder: that builder rewrites a URL that has a
//! query (it appends `&`) and cannot read the body as a stream, which the size cap needs.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortController, ReadableStreamDefaultReader, ReadableStreamReadResult, ReferrerPolicy, RequestCredentials,
    RequestInit, Response, Url,
};

use super::parse::read_dataset_text;
use super::src_cache::{Answer, Effects, Problem, Retry, SrcCache};
use super::src_rules::{is_dataset_scheme, is_dataset_type, is_this_page, is_transient_status};
use super::warnings::Warnings;
use crate::core::dataset::Dataset;
use crate::core::limits::MAX_DATASET_BYTES;
use crate::core::read::dataset_text;
use crate::core::text::outside;
use crate::core::validate::ValidationErrors;

/// How long a dataset may take to arrive, body included.
pub const TIMEOUT_MS: u32 = 15_000;
// Messages write these out; a change here must change them too.
const _: () = assert!(TIMEOUT_MS == 15_000 && MAX_DATASET_BYTES == 1_000_000);

thread_local! {
    static CACHE: RefCell<SrcCache<Rc<Dataset>, AbortController>> = const { RefCell::new(SrcCache::new()) };
    // "url: reason" already warned about: once per URL and reason, however many widgets use it.
    static WARNED: RefCell<Warnings> = const { RefCell::new(Warnings::new()) };
}

/// Resolves `src` against the page's base URL (as `<a href>` would), refusing a scheme that is not
/// a dataset's (`src_rules::is_dataset_scheme`) and the page itself.
pub fn resolve(src: &str) -> Result<String, String> {
    let document = gloo_utils::document();
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let url = Url::new_with_base(src, &base).map_err(|_| "it is not a URL".to_string())?;
    let protocol = url.protocol();
    if !is_dataset_scheme(&protocol) {
        return Err(format!("only http, https and blob URLs are allowed, not {}", outside(&protocol, 20)));
    }
    let href = url.href();
    if document.url().is_ok_and(|page| is_this_page(&href, &page)) {
        return Err("it names this page itself, not a dataset".to_string());
    }
    Ok(href)
}

/// Widget `id` now wants the dataset at `url` (already resolved), or none with `None`. Returns
/// what is known; while loading or waiting for a retry, `wake(id)` runs once there is news.
pub fn want(id: u32, url: Option<&str>, wake: fn(u32)) -> Option<Answer<Rc<Dataset>>> {
    let mut controller = None;
    let (answer, effects) = CACHE.with(|c| c.borrow_mut().want(id, url, now(), flight(&mut controller)));
    apply(effects, controller, wake);
    answer
}

/// Makes what can abort a fetch, keeping a handle to it for the fetch itself.
fn flight(made: &mut Option<AbortController>) -> impl FnOnce() -> AbortController + '_ {
    || {
        let controller = AbortController::new().expect("AbortController is in every browser the widget supports");
        *made = Some(controller.clone());
        controller
    }
}

/// Carries out what the cache asked for: aborts, a fetch to start, a retry timer to set.
fn apply(effects: Effects<AbortController>, controller: Option<AbortController>, wake: fn(u32)) {
    for flight in effects.abort {
        flight.abort();
    }
    if let Some(retry) = effects.retry {
        set_retry(retry, wake);
    }
    let (Some((url, number)), Some(controller)) = (effects.start, controller) else { return };
    // The timeout settles the request itself, so it holds even if the fetch never does (a
    // page's own wrapper around fetch may drop the abort signal).
    let timeout = {
        let (url, controller) = (url.clone(), controller.clone());
        Timeout::new(TIMEOUT_MS, move || {
            controller.abort();
            // TIMEOUT_MS written out (the assertion beside it checks it): no formatting at run time.
            let reason = "it did not arrive within 15 seconds".to_string();
            settle(&url, number, Err(Problem::Transient(reason)), wake);
        })
    };
    wasm_bindgen_futures::spawn_local(async move {
        let outcome = fetch(&url, &controller).await;
        drop(timeout);
        settle(&url, number, outcome, wake);
    });
}

/// Fetches again once the back-off has passed, if a widget still names the URL then.
fn set_retry(retry: Retry, wake: fn(u32)) {
    Timeout::new(retry.in_ms as u32, move || {
        let mut controller = None;
        let effects = CACHE.with(|c| c.borrow_mut().due(&retry.url, retry.token, flight(&mut controller)));
        apply(effects, controller, wake);
    })
    .forget();
}

/// Whether `dataset` is still the answer for some URL (a forgotten `blob:` dataset is not).
pub fn holds(dataset: &Rc<Dataset>) -> bool {
    CACHE.with(|c| c.borrow().has_dataset(|d| Rc::ptr_eq(d, dataset)))
}

/// The fetch numbered `number` ended (or timed out): record it and wake who waits. A second
/// settling of the same fetch, or one nobody waits for any more, changes nothing.
fn settle(url: &str, number: u64, outcome: Result<Rc<Dataset>, Problem>, wake: fn(u32)) {
    let (woken, retry) = CACHE.with(|c| c.borrow_mut().finish(url, number, outcome.clone(), now()));
    if let Some(retry) = retry {
        set_retry(retry, wake);
    }
    if woken.is_empty() {
        return;
    }
    if let Err(Problem::Refused(reason) | Problem::Transient(reason)) = &outcome {
        warn_once(url, reason);
    }
    for id in woken {
        wake(id);
    }
}

/// Milliseconds on a clock that never steps back, for the back-off.
fn now() -> f64 {
    gloo_utils::window().performance().map_or_else(js_sys::Date::now, |p| p.now())
}

fn warn_once(url: &str, reason: &str) {
    let message = format!("<career-widget> src=\"{}\" was not used: {reason}", outside(url, 80));
    WARNED.with(|w| w.borrow_mut().warn(&message));
}

async fn fetch(url: &str, controller: &AbortController) -> Result<Rc<Dataset>, Problem> {
    // Every way out before the body is read to its end aborts the request, so nothing keeps a
    // connection of the page's open.
    let refuse = |reason: String| {
        controller.abort();
        Problem::Refused(reason)
    };
    let init = RequestInit::new();
    // Never the host page's cookies or credentials, and no Referer naming the reader's page.
    init.set_credentials(RequestCredentials::Omit);
    init.set_referrer_policy(ReferrerPolicy::NoReferrer);
    init.set_signal(Some(&controller.signal()));
    let response = JsFuture::from(gloo_utils::window().fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| Problem::Transient(network_failure(url)))?;
    let response: Response = response.dyn_into().map_err(|_| refuse("the answer was not a response".into()))?;

    if !response.ok() {
        let status = response.status();
        let reason =
            format!("the server answered {status} {}", outside(&response.status_text(), 60)).trim().to_string();
        controller.abort();
        return Err(if is_transient_status(status) { Problem::Transient(reason) } else { Problem::Refused(reason) });
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let content_type = header("content-type");
    if !is_dataset_type(content_type.as_deref()) {
        let served = outside(content_type.as_deref().unwrap_or_default(), 60);
        return Err(refuse(format!("it was served as {served}, not as JSON")));
    }
    // MAX_DATASET_BYTES written out (checked at the top): no formatting at run time.
    let too_large = || "it is larger than the limit of 1000000 bytes".to_string();
    if header("content-length").and_then(|l| l.trim().parse::<usize>().ok()).is_some_and(|l| l > MAX_DATASET_BYTES) {
        return Err(refuse(too_large()));
    }

    // Read chunk by chunk, stopping at the cap: neither a missing Content-Length nor a
    // compressed body lets more than the cap through, and the bytes stay in JavaScript until
    // they are known to fit.
    let Some(body) = response.body() else { return Err(refuse("it has no body".into())) };
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut chunks = Vec::new();
    let mut total = 0;
    loop {
        let read: ReadableStreamReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| Problem::Transient("its body could not be read to the end".into()))?
            .unchecked_into();
        if read.get_done().unwrap_or(true) {
            break;
        }
        let chunk: Uint8Array = read.get_value().dyn_into().map_err(|_| refuse("its body is not bytes".into()))?;
        total += chunk.length() as usize;
        if total > MAX_DATASET_BYTES {
            return Err(refuse(too_large()));
        }
        chunks.push(chunk);
    }
    let mut bytes = vec![0; total];
    let mut at = 0;
    for chunk in &chunks {
        let len = chunk.length() as usize;
        chunk.copy_to(&mut bytes[at..at + len]);
        at += len;
    }
    dataset_text(&bytes).and_then(read_dataset_text).map(Rc::new).map_err(|e| Problem::Refused(summary(&e)))
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
fn summary(errors: &ValidationErrors) -> String {
    let mut lines: Vec<String> = errors
        .errors
        .iter()
        .take(3)
        .map(|e| outside(e.to_string().strip_prefix("dataset: ").unwrap_or(&e.to_string()), 160))
        .collect();
    let more = errors.errors.len().saturating_sub(3) + errors.more;
    if more > 0 {
        lines.push(format!("and {more} more problems"));
    }
    lines.join("; ")
}
