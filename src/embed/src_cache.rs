//! Which `src` datasets are loading, loaded, refused or failed, and who is waiting for them. Pure
//! bookkeeping, tested natively; `remote` does the fetching and `element` the waking.
//!
//! - One fetch per URL, however many widgets ask; each widget waits at most once (asking again
//!   while loading replaces its place, so a burst of attribute changes ends in one render).
//! - A widget that stops waiting (removed, or its `src` changed) leaves; when the last one
//!   leaves, the fetch is aborted and forgotten.
//! - Definitive answers (a dataset, or a refusal such as a 404 or invalid data) are kept for the
//!   page's life; of the datasets and refusals no widget names any more, only the
//!   [`MAX_UNUSED`] most recently used are, so a single-page blog that shows a dataset per
//!   article does not keep every one it ever showed.
//! - Transient failures (network errors, 5xx, 408, 429, timeouts) heal by themselves: once the
//!   back-off has passed the fetch starts again for the widgets still naming the URL, and a
//!   widget that asks after the back-off starts it too. Nobody naming it, nothing is retried.
//! - Except for `blob:` URLs: one names a single object that its page revokes when done with it
//!   (a page that previews as the author types makes one per version), so what is known of one
//!   is forgotten once no widget's `src` names it, when a widget next asks for a URL. Not when
//!   the last one leaves: a widget moved in the page leaves and comes back at once.

/// Why a fetch gave no dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// It will not get better by asking again: a 4xx, invalid data, too large, not JSON.
    Refused(String),
    /// It may: a network error, a 5xx, a timeout.
    Transient(String),
}

/// What a widget asking for a URL hears.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer<D> {
    Ready(D),
    /// For good, with the reason.
    Refused(String),
    /// For now, with the reason; tried again by itself after `in_ms`.
    Retrying {
        reason: String,
        in_ms: f64,
    },
    Loading,
}

/// How many datasets and refusals no widget names are kept (least recently used go first).
pub const MAX_UNUSED: usize = 4;

/// Waits before the first, second, … retry of a transient failure: 2, 4, 8, 16, 32, then 60 s.
pub fn backoff_ms(failures: u32) -> f64 {
    let doubled = 2_000.0 * f64::from(1u32 << failures.saturating_sub(1).min(5));
    doubled.min(60_000.0)
}

enum State<D, F> {
    /// Nothing in flight and nothing known (the last fetch was aborted): the next ask starts
    /// one, counting the failures before it for the back-off.
    Idle {
        failures: u32,
    },
    Loading {
        flight: F,
        number: u64,
        waiting: Vec<u32>,
        failures: u32,
    },
    Ready(D),
    Refused(String),
    Failed {
        reason: String,
        retry_at: f64,
        failures: u32,
        /// A retry timer is set for `retry_at` (see [`SrcCache::due`]).
        armed: bool,
    },
}

/// What the caller must do after [`SrcCache::want`].
pub struct Effects<F> {
    /// Start fetching this URL; report the result with this number to [`SrcCache::finish`].
    pub start: Option<(String, u64)>,
    /// Abort these fetches: nobody waits for them any more.
    pub abort: Vec<F>,
    /// Call [`SrcCache::due`] with this URL and token after this many milliseconds.
    pub retry: Option<Retry>,
}

/// A retry to set a timer for.
#[derive(Debug, Clone, PartialEq)]
pub struct Retry {
    pub url: String,
    pub in_ms: f64,
    /// Which failure it retries: a timer set for an earlier one changes nothing.
    pub token: u32,
}

struct Entry<D, F> {
    url: String,
    state: State<D, F>,
    /// The widgets whose `src` names this URL now.
    users: Vec<u32>,
    /// When a widget last asked for it (a counter, not a clock), to forget the least recent.
    used: u64,
}

/// `D` is a dataset (cheap to clone, e.g. an `Rc`), `F` whatever aborts a fetch in flight.
pub struct SrcCache<D, F> {
    // A page names few dataset URLs: a list is smaller in the wasm than a map.
    entries: Vec<Entry<D, F>>,
    next_number: u64,
    asks: u64,
}

impl<D: Clone, F> Default for SrcCache<D, F> {
    fn default() -> Self {
        Self::new()
    }
}

impl<D: Clone, F> SrcCache<D, F> {
    pub const fn new() -> Self {
        Self { entries: Vec::new(), next_number: 0, asks: 0 }
    }

    /// Widget `id` now wants `url` (or, with `None`, nothing any more), at time `now` in ms.
    /// `flight` is called only if a fetch must start, to make what can abort it.
    pub fn want(
        &mut self,
        id: u32,
        url: Option<&str>,
        now: f64,
        flight: impl FnOnce() -> F,
    ) -> (Option<Answer<D>>, Effects<F>) {
        let mut effects = Effects { start: None, abort: Vec::new(), retry: None };
        self.leave(id, url, &mut effects);
        let Some(url) = url else { return (None, effects) };
        self.forget_unused(url);
        self.asks += 1;
        let at = match self.entries.iter().position(|e| e.url == url) {
            Some(i) => i,
            None => {
                let state = State::Idle { failures: 0 };
                self.entries.push(Entry { url: url.to_string(), state, users: Vec::new(), used: 0 });
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[at];
        entry.used = self.asks;
        if !entry.users.contains(&id) {
            entry.users.push(id);
        }
        let failures = match &mut entry.state {
            State::Ready(d) => return (Some(Answer::Ready(d.clone())), effects),
            State::Refused(reason) => return (Some(Answer::Refused(reason.clone())), effects),
            State::Failed { reason, retry_at, failures, armed } if now < *retry_at => {
                let in_ms = *retry_at - now;
                if !*armed {
                    // Its timer found nobody waiting; this widget waits now.
                    *armed = true;
                    effects.retry = Some(Retry { url: url.to_string(), in_ms, token: *failures });
                }
                return (Some(Answer::Retrying { reason: reason.clone(), in_ms }), effects);
            }
            State::Loading { waiting, .. } => {
                if !waiting.contains(&id) {
                    waiting.push(id);
                }
                return (Some(Answer::Loading), effects);
            }
            State::Failed { failures, .. } | State::Idle { failures } => *failures,
        };
        let number = self.next_number;
        self.next_number += 1;
        entry.state = State::Loading { flight: flight(), number, waiting: vec![id], failures };
        effects.start = Some((url.to_string(), number));
        (Some(Answer::Loading), effects)
    }

    /// A retry timer set for `url`'s failure numbered `token` is due: fetch again for the widgets
    /// naming it, or, with none, wait for the next widget to ask.
    pub fn due(&mut self, url: &str, token: u32, flight: impl FnOnce() -> F) -> Effects<F> {
        let mut effects = Effects { start: None, abort: Vec::new(), retry: None };
        let number = self.next_number;
        let Some(entry) = self.entries.iter_mut().find(|e| e.url == url) else { return effects };
        let State::Failed { failures, armed, .. } = &mut entry.state else { return effects };
        if *failures != token {
            return effects;
        }
        if entry.users.is_empty() {
            *armed = false;
            return effects;
        }
        let failures = *failures;
        entry.state = State::Loading { flight: flight(), number, waiting: entry.users.clone(), failures };
        self.next_number += 1;
        effects.start = Some((url.to_string(), number));
        effects
    }

    /// Forgets what no widget names any more: a `blob:` URL's answer at once (its page revokes
    /// it when done), others beyond the [`MAX_UNUSED`] most recently used. Never `keep`, and
    /// never a fetch in flight or a failure whose retry timer is set.
    fn forget_unused(&mut self, keep: &str) {
        let unused = |e: &Entry<D, F>| {
            e.url != keep
                && e.users.is_empty()
                && matches!(
                    e.state,
                    State::Ready(_) | State::Refused(_) | State::Idle { .. } | State::Failed { armed: false, .. }
                )
        };
        self.entries.retain(|e| !(unused(e) && e.url.starts_with("blob:")));
        while self.entries.iter().filter(|e| unused(e)).count() > MAX_UNUSED {
            let oldest = self.entries.iter().filter(|e| unused(e)).map(|e| e.used).min();
            self.entries.retain(|e| !unused(e) || Some(e.used) != oldest);
        }
    }

    /// Takes `id` out of every URL's users and waits except for `keep`'s; fetches left with
    /// nobody waiting are aborted.
    fn leave(&mut self, id: u32, keep: Option<&str>, effects: &mut Effects<F>) {
        for entry in &mut self.entries {
            if Some(entry.url.as_str()) == keep {
                continue;
            }
            entry.users.retain(|&u| u != id);
            let State::Loading { waiting, failures, .. } = &mut entry.state else { continue };
            waiting.retain(|&w| w != id);
            if waiting.is_empty() {
                let failures = *failures;
                if let State::Loading { flight, .. } = std::mem::replace(&mut entry.state, State::Idle { failures }) {
                    effects.abort.push(flight);
                }
            }
        }
    }

    /// Whether some URL's answer is a dataset for which `is` holds.
    pub fn has_dataset(&self, is: impl Fn(&D) -> bool) -> bool {
        self.entries.iter().any(|e| matches!(&e.state, State::Ready(d) if is(d)))
    }

    /// The fetch numbered `number` for `url` ended. Returns the widgets to wake (none when the
    /// fetch was aborted or superseded meanwhile) and, for a transient failure, the retry to set
    /// a timer for.
    pub fn finish(
        &mut self,
        url: &str,
        number: u64,
        outcome: Result<D, Problem>,
        now: f64,
    ) -> (Vec<u32>, Option<Retry>) {
        let Some(Entry { state, .. }) = self.entries.iter_mut().find(|e| e.url == url) else {
            return (Vec::new(), None);
        };
        let (waiting, failures) = match state {
            State::Loading { number: n, waiting, failures, .. } if *n == number => (std::mem::take(waiting), *failures),
            _ => return (Vec::new(), None),
        };
        let mut retry = None;
        *state = match outcome {
            Ok(dataset) => State::Ready(dataset),
            Err(Problem::Refused(reason)) => State::Refused(reason),
            Err(Problem::Transient(reason)) => {
                let failures = failures + 1;
                let in_ms = backoff_ms(failures);
                retry = Some(Retry { url: url.to_string(), in_ms, token: failures });
                State::Failed { reason, retry_at: now + in_ms, failures, armed: true }
            }
        };
        (waiting, retry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Cache = SrcCache<&'static str, &'static str>;
    const A: &str = "https://a.example/data.json";
    const B: &str = "https://b.example/data.json";

    fn want(
        c: &mut Cache,
        id: u32,
        url: Option<&str>,
        now: f64,
    ) -> (Option<Answer<&'static str>>, Effects<&'static str>) {
        c.want(id, url, now, || "flight")
    }

    #[test]
    fn one_fetch_per_url_and_one_wake_per_widget() {
        let mut c = Cache::new();
        let (answer, effects) = want(&mut c, 1, Some(A), 0.0);
        assert_eq!(answer, Some(Answer::Loading));
        let (url, number) = effects.start.expect("the first asker starts the fetch");
        assert_eq!(url, A);
        for _ in 0..50 {
            // Attribute changes while loading: the widget asks again and again.
            let (answer, effects) = want(&mut c, 1, Some(A), 1.0);
            assert_eq!(answer, Some(Answer::Loading));
            assert!(effects.start.is_none());
        }
        let (_, effects) = want(&mut c, 2, Some(A), 1.0);
        assert!(effects.start.is_none(), "a second widget shares the fetch");
        assert_eq!(c.finish(A, number, Ok("data"), 2.0).0, [1, 2], "each widget is woken once");
        assert_eq!(want(&mut c, 3, Some(A), 3.0).0, Some(Answer::Ready("data")));
    }

    #[test]
    fn the_last_widget_to_leave_aborts_the_fetch() {
        let mut c = Cache::new();
        let (_, start) = want(&mut c, 1, Some(A), 0.0);
        let number = start.start.unwrap().1;
        want(&mut c, 2, Some(A), 0.0);
        let (answer, effects) = want(&mut c, 1, None, 0.0);
        assert!(answer.is_none() && effects.abort.is_empty(), "widget 2 still waits");
        let (_, effects) = want(&mut c, 2, Some(B), 0.0);
        assert_eq!(effects.abort, ["flight"], "changing src leaves A with nobody: aborted");
        assert!(effects.start.is_some(), "and B starts");
        assert!(c.finish(A, number, Err(Problem::Transient("aborted".into())), 1.0).0.is_empty());
        let (answer, effects) = want(&mut c, 3, Some(A), 1.0);
        assert_eq!(answer, Some(Answer::Loading), "an aborted fetch is forgotten, not cached as a failure");
        assert!(effects.start.is_some());
    }

    fn retrying(reason: &str, in_ms: f64) -> Option<Answer<&'static str>> {
        Some(Answer::Retrying { reason: reason.into(), in_ms })
    }

    #[test]
    fn refusals_are_kept_and_never_fetched_again() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        let (woken, retry) = c.finish(A, n, Err(Problem::Refused("404".into())), 0.0);
        assert_eq!((woken, retry), (vec![1], None), "a refusal sets no retry");
        for now in [1.0, 1e9] {
            let (answer, effects) = want(&mut c, 1, Some(A), now);
            assert_eq!(answer, Some(Answer::Refused("404".into())));
            assert!(effects.start.is_none() && effects.retry.is_none(), "a refusal is never fetched again");
        }
    }

    #[test]
    fn a_transient_failure_is_retried_by_its_timer_for_the_widgets_naming_it() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(B), 0.0).1.start.unwrap().1;
        want(&mut c, 2, Some(B), 0.0);
        let (woken, retry) = c.finish(B, n, Err(Problem::Transient("503".into())), 1_000.0);
        assert_eq!(woken, [1, 2]);
        let retry = retry.expect("a transient failure sets a retry");
        assert_eq!((retry.url.as_str(), retry.in_ms), (B, 2_000.0));
        // Woken, the widgets ask again: they hear when, and no second timer is set.
        let (answer, effects) = want(&mut c, 1, Some(B), 1_500.0);
        assert_eq!(answer, retrying("503", 1_500.0));
        assert!(effects.start.is_none() && effects.retry.is_none());
        // The timer: a fetch for both, without anyone asking.
        let effects = c.due(B, retry.token, || "flight");
        let n = effects.start.expect("the retry starts").1;
        assert_eq!(want(&mut c, 2, Some(B), 3_100.0).0, Some(Answer::Loading));
        let (woken, retry) = c.finish(B, n, Err(Problem::Transient("503".into())), 3_200.0);
        assert_eq!(woken, [1, 2], "both wait for the retry");
        let retry = retry.unwrap();
        assert_eq!(retry.in_ms, 4_000.0, "twice as long");
        let n = c.due(B, retry.token, || "flight").start.unwrap().1;
        assert_eq!(c.finish(B, n, Ok("data"), 7_300.0), (vec![1, 2], None));
        assert_eq!(want(&mut c, 1, Some(B), 7_400.0).0, Some(Answer::Ready("data")));
    }

    #[test]
    fn a_stale_retry_timer_changes_nothing() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        let first = c.finish(A, n, Err(Problem::Transient("503".into())), 0.0).1.unwrap();
        let n = c.due(A, first.token, || "flight").start.unwrap().1;
        let second = c.finish(A, n, Err(Problem::Transient("503".into())), 2_000.0).1.unwrap();
        let effects = c.due(A, first.token, || "flight");
        assert!(effects.start.is_none(), "the first failure's timer, fired late");
        assert!(c.due(A, second.token, || "flight").start.is_some());
        assert!(c.due(B, 1, || "flight").start.is_none(), "a URL nobody asked for");
    }

    #[test]
    fn with_nobody_waiting_the_timer_stops_and_the_next_widget_restarts_it() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        let retry = c.finish(A, n, Err(Problem::Transient("429".into())), 0.0).1.unwrap();
        want(&mut c, 1, None, 500.0); // the widget goes
        let effects = c.due(A, retry.token, || "flight");
        assert!(effects.start.is_none() && effects.retry.is_none(), "nobody waits: no fetch");
        // A new element after the back-off fetches at once…
        let (answer, effects) = want(&mut c, 2, Some(A), 2_500.0);
        assert_eq!(answer, Some(Answer::Loading));
        let n = effects.start.unwrap().1;
        let retry = c.finish(A, n, Err(Problem::Transient("429".into())), 2_600.0).1.unwrap();
        assert_eq!(retry.in_ms, 4_000.0);
        want(&mut c, 2, None, 2_700.0);
        assert!(c.due(A, retry.token, || "flight").start.is_none());
        // …and one within it waits for the back-off, with a timer set again.
        let (answer, effects) = want(&mut c, 3, Some(A), 3_600.0);
        assert_eq!(answer, retrying("429", 3_000.0));
        assert!(effects.start.is_none(), "not before the back-off");
        let again = effects.retry.expect("a timer for the new widget");
        assert_eq!((again.in_ms, again.token), (3_000.0, retry.token));
        assert!(c.due(A, again.token, || "flight").start.is_some());
    }

    #[test]
    fn an_aborted_retry_keeps_counting_failures() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        let retry = c.finish(A, n, Err(Problem::Transient("503".into())), 0.0).1.unwrap();
        c.due(A, retry.token, || "flight"); // the first retry starts…
        want(&mut c, 1, None, 2_001.0); // …and is aborted: nobody waits
        let n = want(&mut c, 2, Some(A), 2_002.0).1.start.expect("the next ask starts again").1;
        c.finish(A, n, Err(Problem::Transient("503".into())), 2_100.0);
        assert_eq!(want(&mut c, 2, Some(A), 5_000.0).0, retrying("503", 1_100.0), "second failure: 4 s");
    }

    #[test]
    fn an_unused_dataset_is_forgotten_least_recently_used_first() {
        let mut c = Cache::new();
        let urls: Vec<String> = (0..=MAX_UNUSED).map(|i| format!("https://a.example/{i}.json")).collect();
        for (i, url) in urls.iter().enumerate() {
            shown(&mut c, url, &[10 + i as u32]);
        }
        // The first is used again, then every widget moves to B.
        assert_eq!(want(&mut c, 99, Some(&urls[0]), 2.0).0, Some(Answer::Ready("data")));
        want(&mut c, 99, None, 2.0);
        for i in 0..=MAX_UNUSED {
            want(&mut c, 10 + i as u32, Some(B), 3.0);
        }
        assert_eq!(want(&mut c, 50, Some(&urls[0]), 4.0).0, Some(Answer::Ready("data")), "recently used: kept");
        want(&mut c, 50, None, 4.0);
        assert!(want(&mut c, 51, Some(&urls[1]), 5.0).1.start.is_some(), "least recently used: fetched again");
        for url in &urls[2..] {
            assert_eq!(want(&mut c, 52, Some(url), 6.0).0, Some(Answer::Ready("data")), "{url}");
        }
    }

    #[test]
    fn back_off_doubles_and_stops_at_a_minute() {
        let waits: Vec<f64> = (1..=8).map(backoff_ms).collect();
        assert_eq!(waits, [2_000.0, 4_000.0, 8_000.0, 16_000.0, 32_000.0, 60_000.0, 60_000.0, 60_000.0]);
    }

    const BLOB: &str = "blob:https://page.example/0f6e";

    /// Widgets `ids` show the dataset at `url`, fetched for the first of them.
    fn shown(c: &mut Cache, url: &str, ids: &[u32]) {
        let n = want(c, ids[0], Some(url), 0.0).1.start.unwrap().1;
        assert_eq!(c.finish(url, n, Ok("data"), 1.0).0, [ids[0]]);
        for &id in ids {
            assert_eq!(want(c, id, Some(url), 1.0).0, Some(Answer::Ready("data")), "woken, it asks again");
        }
    }

    #[test]
    fn a_blob_url_nobody_names_any_more_is_forgotten_others_are_kept() {
        let mut c = Cache::new();
        shown(&mut c, A, &[1, 2]);
        shown(&mut c, BLOB, &[1, 2]);
        want(&mut c, 1, None, 2.0);
        want(&mut c, 2, Some(B), 2.0);
        assert_eq!(want(&mut c, 3, Some(A), 3.0).0, Some(Answer::Ready("data")), "an https dataset is kept");
        let (answer, effects) = want(&mut c, 3, Some(BLOB), 3.0);
        assert_eq!(answer, Some(Answer::Loading), "the blob: one was forgotten");
        assert!(effects.start.is_some());
    }

    #[test]
    fn a_widget_moved_in_the_page_finds_its_blob_dataset_again() {
        let mut c = Cache::new();
        shown(&mut c, BLOB, &[1]);
        // Removed and inserted elsewhere: unmounted, then mounted under a new id.
        want(&mut c, 1, None, 2.0);
        let (answer, effects) = want(&mut c, 7, Some(BLOB), 2.0);
        assert_eq!(answer, Some(Answer::Ready("data")));
        assert!(effects.start.is_none(), "not fetched again (its page may have revoked it)");
    }

    #[test]
    fn a_blob_dataset_is_kept_for_the_widgets_it_wakes_and_refusals_go_too() {
        let mut c = Cache::new();
        let n = want(&mut c, 1, Some(BLOB), 0.0).1.start.unwrap().1;
        c.finish(BLOB, n, Ok("data"), 1.0);
        // Before the woken widget renders, another one asks for another URL.
        want(&mut c, 2, Some(A), 1.0);
        assert_eq!(want(&mut c, 1, Some(BLOB), 1.0).0, Some(Answer::Ready("data")));
        want(&mut c, 1, Some(B), 2.0);
        assert!(want(&mut c, 3, Some(BLOB), 3.0).1.start.is_some(), "forgotten once widget 1 moved on");

        let refused = "blob:https://page.example/refused";
        let n = want(&mut c, 4, Some(refused), 3.0).1.start.unwrap().1;
        c.finish(refused, n, Err(Problem::Refused("not JSON".into())), 3.0);
        want(&mut c, 4, Some(B), 4.0);
        assert!(want(&mut c, 5, Some(refused), 5.0).1.start.is_some(), "a refused blob: URL is forgotten too");
    }

    #[test]
    fn a_superseded_fetch_cannot_overwrite() {
        let mut c = Cache::new();
        let old = want(&mut c, 1, Some(A), 0.0).1.start.unwrap().1;
        want(&mut c, 1, None, 0.0);
        let new = want(&mut c, 2, Some(A), 0.0).1.start.unwrap().1;
        assert_ne!(old, new);
        assert!(c.finish(A, old, Ok("stale"), 1.0).0.is_empty());
        assert_eq!(c.finish(A, new, Ok("fresh"), 1.0).0, [2]);
        assert_eq!(want(&mut c, 3, Some(A), 2.0).0, Some(Answer::Ready("fresh")));
    }
}
