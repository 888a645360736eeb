//! The original project: jtooates/visual-scene-generation on GitHub (seed 003, text→scene→text).
//!
//! The synthetic scene-description data set of seed 003 (as the original's data_utils.py makes
//! it): word lists, ten templates, the vocabulary built from the corpus, and the model-ready
//! sequences. Sampling follows the seed's order (template first, then every slot, used or not)
//! with our own seeded generator: the same seed gives the same corpus (the seed's default was
//! unseeded).

use crate::error::{Error, Result};
use std::collections::HashMap;

/// The colour words.
pub const COLORS: [&str; 11] = [
    "red", "blue", "green", "yellow", "orange", "purple", "pink", "brown", "black", "white", "gray",
];
/// The object words (singular).
pub const OBJECTS: [&str; 10] = [
    "ball", "cube", "sphere", "box", "cylinder", "pyramid", "star", "triangle", "circle", "square",
];
/// The size words.
pub const SIZES: [&str; 5] = ["tiny", "small", "medium", "large", "huge"];
/// The position words.
pub const POSITIONS: [&str; 7] = [
    "left", "right", "center", "top", "bottom", "corner", "middle",
];
/// The background words.
pub const BACKGROUNDS: [&str; 5] = ["plain", "gradient", "textured", "striped", "dotted"];
/// The action words.
pub const ACTIONS: [&str; 5] = ["sitting", "floating", "rotating", "glowing", "pulsing"];

/// Id of `<PAD>`.
pub const PAD: u32 = 0;
/// Id of `<SOS>`, the start of a sequence.
pub const SOS: u32 = 1;
/// Id of `<EOS>`, the end of a sequence.
pub const EOS: u32 = 2;
/// Id of `<UNK>`, any word not in the vocabulary.
pub const UNK: u32 = 3;

/// The slots of one sample, drawn in the seed's order.
struct Slots {
    size: &'static str,
    size2: &'static str,
    color: &'static str,
    color2: &'static str,
    object: &'static str,
    object2: &'static str,
    objects: String,
    position: &'static str,
    position2: &'static str,
    background: &'static str,
    action: &'static str,
}

/// A deterministic generator for the corpus (splitmix64).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        (crate::kernels::random::splitmix64(&mut self.0) % n as u64) as usize
    }

    fn pick(&mut self, words: &[&'static str]) -> &'static str {
        words[self.below(words.len())]
    }
}

fn fill(template: usize, s: &Slots) -> String {
    match template {
        0 => format!(
            "a {} {} {} in the {}",
            s.size, s.color, s.object, s.position
        ),
        1 => format!(
            "a {} {} {} on a {} background",
            s.color, s.object, s.action, s.background
        ),
        2 => format!(
            "{} {} {} and {} {} {}",
            s.size, s.color, s.object, s.size2, s.color2, s.object2
        ),
        3 => format!("a scene with a {} {} {}", s.color, s.object, s.action),
        4 => format!(
            "a {} background with a {} {}",
            s.background, s.color, s.object
        ),
        5 => format!(
            "{} {} on the {} and {} {} on the {}",
            s.color, s.object, s.position, s.color2, s.object2, s.position2
        ),
        6 => format!("multiple {} {} arranged in a pattern", s.color, s.objects),
        7 => format!(
            "a {} {} {} near a {} {}",
            s.size, s.object, s.action, s.size2, s.object2
        ),
        8 => format!("abstract scene with {} and {} shapes", s.color, s.color2),
        _ => format!(
            "geometric {} in {} against {} surface",
            s.object, s.color, s.background
        ),
    }
}

/// `n` scene descriptions from `seed`: a template, then all eleven slots (size, size2, color,
/// color2, object, object2, objects, position, position2, background, action), lower case.
pub fn generate_texts(n: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng(seed ^ 0x5CE4_E5EE_D5CE_4E00);
    (0..n)
        .map(|_| {
            let template = rng.below(10);
            let slots = Slots {
                size: rng.pick(&SIZES),
                size2: rng.pick(&SIZES),
                color: rng.pick(&COLORS),
                color2: rng.pick(&COLORS),
                object: rng.pick(&OBJECTS),
                object2: rng.pick(&OBJECTS),
                // the seed's plural: object + "s" (so "boxs")
                objects: format!("{}s", rng.pick(&OBJECTS)),
                position: rng.pick(&POSITIONS),
                position2: rng.pick(&POSITIONS),
                background: rng.pick(&BACKGROUNDS),
                action: rng.pick(&ACTIONS),
            };
            fill(template, &slots).to_lowercase()
        })
        .collect()
}

/// Every word the scene generator can write: the templates' own words, the word lists and
/// the generator's plurals ("boxs"), each once, in that order.
pub fn generator_words() -> Vec<String> {
    let blank = Slots {
        size: "",
        size2: "",
        color: "",
        color2: "",
        object: "",
        object2: "",
        objects: String::new(),
        position: "",
        position2: "",
        background: "",
        action: "",
    };
    let mut words: Vec<String> = vec![];
    let templates = (0..10).flat_map(|t| {
        fill(t, &blank)
            .split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    });
    let lists = [
        &COLORS[..],
        &OBJECTS[..],
        &SIZES[..],
        &POSITIONS[..],
        &BACKGROUNDS[..],
        &ACTIONS[..],
    ];
    let listed = lists.into_iter().flatten().map(|w| w.to_string());
    let plurals = OBJECTS.iter().map(|o| format!("{o}s"));
    for w in templates.chain(listed).chain(plurals) {
        if !words.contains(&w) {
            words.push(w);
        }
    }
    words
}

/// `words` (a vocabulary) grouped as the generator's word lists, one group a line, the
/// special tokens left out: what `scene sample --text` understands.
pub fn vocabulary_listing(words: &[String]) -> String {
    let special = ["<PAD>", "<SOS>", "<EOS>", "<UNK>"];
    let known: Vec<&String> = words
        .iter()
        .filter(|w| !special.contains(&w.as_str()))
        .collect();
    let plurals: Vec<String> = OBJECTS.iter().map(|o| format!("{o}s")).collect();
    let groups: [(&str, Vec<&str>); 7] = [
        ("colors", COLORS.to_vec()),
        ("objects", OBJECTS.to_vec()),
        (
            "objects, plural",
            plurals.iter().map(String::as_str).collect(),
        ),
        ("sizes", SIZES.to_vec()),
        ("positions", POSITIONS.to_vec()),
        ("backgrounds", BACKGROUNDS.to_vec()),
        ("actions", ACTIONS.to_vec()),
    ];
    let mut out = format!("{} words\n", known.len());
    let mut grouped: Vec<&str> = vec![];
    for (name, list) in &groups {
        let have: Vec<&str> = list
            .iter()
            .copied()
            .filter(|w| known.iter().any(|k| k.as_str() == *w))
            .collect();
        if !have.is_empty() {
            out += &format!("{name} ({}): {}\n", have.len(), have.join(" "));
        }
        grouped.extend(have);
    }
    let other: Vec<&str> = known
        .iter()
        .map(|w| w.as_str())
        .filter(|w| !grouped.contains(w))
        .collect();
    if !other.is_empty() {
        out += &format!("other words ({}): {}\n", other.len(), other.join(" "));
    }
    out
}

/// Words to ids: `<PAD>` 0, `<SOS>` 1, `<EOS>` 2, `<UNK>` 3, then every token seen at least twice,
/// most frequent first (ties in first-seen order).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Vocab {
    /// The words in id order, the four special tokens first.
    pub words: Vec<String>,
    #[serde(skip)]
    index: HashMap<String, u32>,
}

impl Vocab {
    /// The vocabulary of a corpus: the special tokens, then the words seen at least twice.
    pub fn build(texts: &[String]) -> Vocab {
        let mut counts: Vec<(String, usize)> = vec![];
        let mut at: HashMap<String, usize> = HashMap::new();
        for w in texts.iter().flat_map(|t| t.split_whitespace()) {
            match at.get(w) {
                Some(&i) => counts[i].1 += 1,
                None => {
                    at.insert(w.to_string(), counts.len());
                    counts.push((w.to_string(), 1));
                }
            }
        }
        // stable sort: ties keep first-seen order
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        let mut words: Vec<String> = ["<PAD>", "<SOS>", "<EOS>", "<UNK>"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        words.extend(counts.into_iter().filter(|(_, c)| *c >= 2).map(|(w, _)| w));
        Vocab::from_words(words)
    }

    /// A vocabulary read back (e.g. from a checkpoint).
    pub fn from_words(words: Vec<String>) -> Vocab {
        let index = words
            .iter()
            .enumerate()
            .map(|(i, w)| (w.clone(), i as u32))
            .collect();
        Vocab { words, index }
    }

    /// Number of words, special tokens included.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether it holds no words at all.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Ids of a text (lower-cased, split on whitespace); unknown words become `<UNK>` and are
    /// returned too, so a caller can say so once.
    pub fn encode_words(&self, text: &str) -> (Vec<u32>, Vec<String>) {
        let mut unknown = vec![];
        let ids = text
            .to_lowercase()
            .split_whitespace()
            .map(|w| {
                self.index.get(w).copied().unwrap_or_else(|| {
                    unknown.push(w.to_string());
                    UNK
                })
            })
            .collect();
        (ids, unknown)
    }

    /// Ids back to text, stopping at `<EOS>` and skipping `<PAD>`/`<SOS>`.
    pub fn decode(&self, ids: &[u32]) -> String {
        ids.iter()
            .take_while(|&&i| i != EOS)
            .filter(|&&i| i != PAD && i != SOS)
            .map(|&i| self.words.get(i as usize).map_or("<UNK>", String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// One model-ready sample: `[SOS] + words + [EOS]`, truncated to `max_length` (last = EOS),
/// padded; inputs are the first `max_length − 1` positions, labels the last (PAD → −100).
#[derive(Clone, Debug, PartialEq)]
pub struct Encoded {
    /// Positions 0..max_length − 1 of the padded sequence.
    pub input_ids: Vec<u32>,
    /// Positions 1..max_length, PAD as −100.
    pub labels: Vec<i32>,
    /// 1 where an input position holds a real token, 0 where it is padding.
    pub attention_mask: Vec<f32>,
}

/// Encode `text` as one model-ready sample of `max_length` tokens (at least 2).
pub fn encode(vocab: &Vocab, text: &str, max_length: usize) -> Result<Encoded> {
    if max_length < 2 {
        return Err(Error::invalid(
            "encode",
            format!("max_length {max_length} must be at least 2"),
        ));
    }
    let (words, _) = vocab.encode_words(text);
    let mut seq = vec![SOS];
    seq.extend(words);
    seq.push(EOS);
    if seq.len() > max_length {
        seq.truncate(max_length);
        seq[max_length - 1] = EOS;
    }
    let real = seq.len();
    seq.resize(max_length, PAD);
    let t = max_length - 1;
    Ok(Encoded {
        input_ids: seq[..t].to_vec(),
        labels: seq[1..]
            .iter()
            .map(|&v| if v == PAD { -100 } else { v as i32 })
            .collect(),
        attention_mask: (0..t).map(|i| if i < real { 1.0 } else { 0.0 }).collect(),
    })
}

/// PyTorch's sinusoidal position table `[max_len, d]`: pe[p, 2i] = sin(p·10000^(−2i/d)),
/// pe[p, 2i+1] = cos(same), computed in f64 and rounded once.
pub fn sinusoidal_positions(max_len: usize, d: usize) -> Vec<f32> {
    let mut pe = vec![0.0f32; max_len * d];
    for p in 0..max_len {
        for i in (0..d).step_by(2) {
            let angle = p as f64 * (-(i as f64) * (10000f64).ln() / d as f64).exp();
            pe[p * d + i] = angle.sin() as f32;
            if i + 1 < d {
                pe[p * d + i + 1] = angle.cos() as f32;
            }
        }
    }
    pe
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word a corpus holds is one the generator lists, and the listing groups a built
    /// vocabulary as the word lists (all eleven colours in a large corpus), the templates'
    /// words last.
    #[test]
    fn the_vocabulary_listing_covers_every_corpus_word() {
        let texts = generate_texts(3000, 7);
        let vocab = Vocab::build(&texts);
        let generator = generator_words();
        for w in vocab.words.iter().skip(4) {
            assert!(generator.contains(w), "{w} is not a generator word");
        }
        let listing = vocabulary_listing(&vocab.words);
        assert!(listing.contains("colors (11): red blue"), "{listing}");
        assert!(listing.contains("objects (10): ball"), "{listing}");
        assert!(listing.contains("other words") && listing.contains("background"));
        assert!(!listing.contains("<PAD>"));
        let listed: usize = listing
            .lines()
            .skip(1)
            .map(|l| l.split(": ").nth(1).unwrap().split(' ').count())
            .sum();
        assert_eq!(listed, vocab.len() - 4, "{listing}");
    }
}
