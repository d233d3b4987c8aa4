//! A small glob matcher for case paths: `*` matches any run of characters except `/`,
//! `**` any run including `/`, `?` one character other than `/`; everything else matches
//! itself.

/// True when `text` matches `pattern`.
pub fn matches(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    match_from(&p, &t)
}

fn match_from(p: &[char], t: &[char]) -> bool {
    match p.first() {
        None => t.is_empty(),
        Some('*') if p.get(1) == Some(&'*') => {
            let rest = &p[2..];
            (0..=t.len()).any(|i| match_from(rest, &t[i..]))
        }
        Some('*') => {
            let rest = &p[1..];
            let mut i = 0;
            loop {
                if match_from(rest, &t[i..]) {
                    return true;
                }
                if i == t.len() || t[i] == '/' {
                    return false;
                }
                i += 1;
            }
        }
        Some('?') => t.first().is_some_and(|&c| c != '/') && match_from(&p[1..], &t[1..]),
        Some(&c) => t.first() == Some(&c) && match_from(&p[1..], &t[1..]),
    }
}

/// True when `pattern` contains a wildcard.
pub fn is_pattern(pattern: &str) -> bool {
    pattern.contains(['*', '?'])
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn globs() {
        assert!(matches("exceptions/*", "exceptions/throw_catch"));
        assert!(!matches("exceptions/*", "exceptions/deep/throw"));
        assert!(matches("exceptions/**", "exceptions/deep/throw"));
        assert!(matches("**", "a/b/c"));
        assert!(matches("*/checked_*", "arith/checked_ops"));
        assert!(!matches("*/checked_*", "arith/unchecked_ops"));
        assert!(matches("arith/checked_op?", "arith/checked_ops"));
        assert!(!matches("arith/checked_op?", "arith/checked_op"));
        assert!(matches("arith/checked_ops", "arith/checked_ops"));
        assert!(!matches("arith", "arith/checked_ops"));
        assert!(matches("*", ""));
    }
}
