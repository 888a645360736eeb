//! The synthetic scene data set of seed 003 (data_utils.py): vocabulary size, the seed's quirks,
//! sequence layout, determinism, unknown words, and the position table.

use wgtrain::models::scene_data::{
    encode, generate_texts, sinusoidal_positions, Vocab, EOS, PAD, SOS, UNK,
};

#[test]
fn ten_thousand_samples_give_the_seeds_74_word_vocabulary() {
    for seed in [0, 1, 42] {
        let texts = generate_texts(10_000, seed);
        let v = Vocab::build(&texts);
        assert_eq!(v.len(), 74, "seed {seed}");
        assert_eq!(&v.words[..4], ["<PAD>", "<SOS>", "<EOS>", "<UNK>"]);
        assert!(texts.iter().all(|t| t == &t.to_lowercase()));
        let lens: Vec<usize> = texts
            .iter()
            .map(|t| t.split_whitespace().count() + 2)
            .collect();
        assert!(
            lens.iter().all(|l| (9..=13).contains(l)),
            "lengths {:?}",
            lens.iter().min()
        );
    }
    let texts = generate_texts(10_000, 3);
    assert!(
        texts.iter().any(|t| t.contains("boxs")),
        "the seed's plural of box"
    );
    assert_eq!(texts, generate_texts(10_000, 3));
    assert_ne!(texts, generate_texts(10_000, 4));
}

#[test]
fn sequences_shift_by_one_and_pad_to_the_length() {
    let v = Vocab::build(&generate_texts(1000, 0));
    let e = encode(&v, "a red ball in the center", 50).unwrap();
    assert_eq!(e.input_ids.len(), 49);
    assert_eq!(e.labels.len(), 49);
    assert_eq!(e.input_ids[0], SOS);
    // [SOS, a, red, ball, in, the, center, EOS, PAD, ...]: labels are the same shifted by one
    assert_eq!(e.labels[6], EOS as i32);
    assert_eq!(e.input_ids[7], EOS);
    assert_eq!(e.input_ids[8], PAD);
    assert_eq!(e.labels[7], -100);
    assert_eq!(e.attention_mask.iter().filter(|&&m| m == 1.0).count(), 8);
    // words past the vocabulary become <UNK>, and are reported
    let (ids, unknown) = v.encode_words("a zebra ball");
    assert_eq!(ids[1], UNK);
    assert_eq!(unknown, ["zebra"]);
    assert_eq!(v.decode(&e.input_ids[..]), "a red ball in the center");
    // too long: truncated with EOS last
    let long = vec!["red"; 80].join(" ");
    let e = encode(&v, &long, 50).unwrap();
    assert_eq!(*e.labels.last().unwrap(), EOS as i32);
}

#[test]
fn position_table_matches_the_formula() {
    let pe = sinusoidal_positions(256, 512);
    assert_eq!(pe.len(), 256 * 512);
    assert_eq!(pe[0], 0.0);
    assert_eq!(pe[1], 1.0);
    let p = 7.0f64;
    let i = 10.0f64;
    let angle = p * 10000f64.powf(-i / 512.0);
    assert!((pe[7 * 512 + 10] as f64 - angle.sin()).abs() < 1e-7);
    assert!((pe[7 * 512 + 11] as f64 - angle.cos()).abs() < 1e-7);
}
