//! How the domain's enums are read back from their stable ids (in attributes, page addresses, the JS API
//! and JSON): one rule for all, forgiving what a page author types around an id.

/// The value among `all` whose `id` is `text`, in any case, with spaces around it ignored.
pub fn from_id<T: Copy>(all: &[T], id: fn(T) -> &'static str, text: &str) -> Option<T> {
    let text = text.trim();
    all.iter().copied().find(|value| id(*value).eq_ignore_ascii_case(text))
}
