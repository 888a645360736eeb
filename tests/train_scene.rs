//! Seed 003's losses against f64 references, and teacher-forced training steps on the
//! synthetic data set.
// The trainers and the command line are behind the default `cli` feature.
#![cfg(feature = "cli")]

mod common;
use wgtrain::autograd::Var;
use wgtrain::models::scene_data::{generate_texts, Vocab};
use wgtrain::models::scene_lm::LmConfig;
use wgtrain::train::scene::{
    batch_from_texts, consistency_loss, diversity_value, kl_loss, LossConfig, SceneConfig,
    SceneTrainer,
};
use wgtrain::Tensor;

/// Small models: the LM as given, the decoder and captioner at hidden 32, z 16.
fn scene(lm: LmConfig, use_vae: bool) -> SceneConfig {
    SceneConfig {
        lm,
        hidden_dim: 32,
        z_dim: 16,
        use_vae,
    }
}

/// A one-layer LM of width `d_model` (2 heads, feed-forward 2·d_model, 16 positions).
fn small_lm(vocab: usize, d_model: usize, dropout: f32) -> LmConfig {
    LmConfig {
        vocab,
        d_model,
        heads: 2,
        layers: 1,
        d_ff: 2 * d_model,
        max_len: 16,
        dropout,
    }
}

fn var(v: &[f32], shape: &[usize]) -> Var {
    Var::constant(Tensor::from_f32(common::gpu(), v, shape).unwrap())
}

#[test]
fn losses_match_their_formulas() {
    let a = [0.5f32, -1.0, 2.0, 0.1, 0.3, 0.7];
    let b = [1.0f32, 0.0, 1.5, -0.2, 0.4, 0.9];
    let (x, y) = (var(&a, &[2, 3]), var(&b, &[2, 3]));
    let cos = |p: &[f32], q: &[f32]| {
        let dot: f64 = p
            .iter()
            .zip(q)
            .map(|(u, v)| (*u as f64) * (*v as f64))
            .sum();
        let n = |r: &[f32]| r.iter().map(|u| (*u as f64).powi(2)).sum::<f64>().sqrt();
        dot / (n(p) * n(q))
    };
    let mse: f64 = a
        .iter()
        .zip(&b)
        .map(|(p, q)| ((*p - *q) as f64).powi(2))
        .sum::<f64>()
        / 6.0;
    let want = 1.0 - (cos(&a[..3], &b[..3]) + cos(&a[3..], &b[3..])) / 2.0 + 0.1 * mse;
    let got = consistency_loss(&x, &y).unwrap().value().scalar().unwrap() as f64;
    assert!((got - want).abs() < 1e-6, "{got} vs {want}");
    // KL with lv clamped to [-10, 10]: the 20 clamps to 10
    let (mu, lv) = (var(&[0.5, -0.3], &[1, 2]), var(&[20.0, -0.5], &[1, 2]));
    let want: f64 =
        -0.5 * ((1.0 + 10.0 - 0.25 - 10f64.exp()) + (1.0 - 0.5 - 0.09 - (-0.5f64).exp()));
    let got = kl_loss(&mu, &lv).unwrap().value().scalar().unwrap() as f64;
    assert!(
        (got - want.clamp(0.0, 100.0)).abs() < 1e-4,
        "{got} vs {want}"
    );
    let d = diversity_value(&x).unwrap();
    assert!((d - cos(&a[..3], &a[3..])).abs() < 1e-6);
}

#[test]
fn teacher_forced_steps_lower_the_language_model_loss() {
    let gpu = common::gpu();
    let texts = generate_texts(64, 5);
    let vocab = Vocab::build(&texts);
    let lm = small_lm(vocab.len(), 32, 0.1);
    let losses = LossConfig {
        sobel_eps: 1e-6,
        ..LossConfig::default()
    };
    let mut tr = SceneTrainer::new(gpu, scene(lm, true), losses, 1e-3, 3).unwrap();
    let mut ar = vec![];
    for step in 0..8 {
        let chunk = &texts[(step % 4) * 4..(step % 4) * 4 + 4];
        let batch = batch_from_texts(gpu, &vocab, chunk, 16).unwrap();
        let r = tr.teacher_forced_step(&batch).unwrap();
        assert!(
            r.skipped.is_none() && r.total.is_finite(),
            "step {step}: {r:?}"
        );
        ar.push(r.ar_loss);
    }
    assert!(ar[7] < ar[0], "AR loss should fall: {ar:?}");
}

#[test]
fn scheduled_sampling_follows_the_epoch_schedule_and_the_ar_mode_runs() {
    assert_eq!(SceneTrainer::scheduled_sampling_probability(4), 0.0);
    assert_eq!(SceneTrainer::scheduled_sampling_probability(5), 0.0);
    assert!((SceneTrainer::scheduled_sampling_probability(17) - 12.0 / 25.0).abs() < 1e-12);
    assert_eq!(SceneTrainer::scheduled_sampling_probability(30), 1.0);
    let gpu = common::gpu();
    let texts = generate_texts(16, 2);
    let vocab = Vocab::build(&texts);
    let lm = small_lm(vocab.len(), 32, 0.1);
    let mut tr = SceneTrainer::new(
        gpu,
        scene(lm, false),
        LossConfig {
            sobel_eps: 1e-6,
            ..LossConfig::default()
        },
        1e-3,
        9,
    )
    .unwrap();
    let batch = batch_from_texts(gpu, &vocab, &texts[..4], 16).unwrap();
    // epoch 0: always teacher forcing; epoch 30: always the AR mode (no caption CE)
    let (r, teacher) = tr.scheduled_step(&batch, 0).unwrap();
    assert!(teacher && r.parts.caption > 0.0);
    let (r, teacher) = tr.scheduled_step(&batch, 30).unwrap();
    assert!(
        !teacher && r.parts.caption == 0.0 && r.total.is_finite(),
        "{r:?}"
    );
}

#[test]
fn the_caption_shift_fix_changes_only_the_caption_targets() {
    let gpu = common::gpu();
    let texts = generate_texts(8, 6);
    let vocab = Vocab::build(&texts);
    let lm = small_lm(vocab.len(), 32, 0.0);
    let batch = batch_from_texts(gpu, &vocab, &texts[..2], 16).unwrap();
    let step = |fix: bool| {
        let losses = LossConfig {
            sobel_eps: 1e-6,
            fix_caption_shift: fix,
            ..LossConfig::default()
        };
        let mut tr = SceneTrainer::new(gpu, scene(lm.clone(), false), losses, 1e-3, 4).unwrap();
        tr.teacher_forced_step(&batch).unwrap()
    };
    let (seed_targets, one_ahead) = (step(false), step(true));
    assert_eq!(seed_targets.ar_loss, one_ahead.ar_loss);
    assert_eq!(seed_targets.parts.consistency, one_ahead.parts.consistency);
    assert_ne!(seed_targets.parts.caption, one_ahead.parts.caption);
}

#[test]
fn a_teacher_forced_step_reads_back_at_five_points() {
    // Its own device, so that the counters see this test's work only. Each read-back is a
    // submit and a wait (on a GPU it drains the device). With the NaN check on, a step reads
    // back: the AR loss with its logits and the text embedding; the LM's gradient norm; the
    // diversity; the composite loss's terms; the decoder's and captioner's norms together
    // (9 before the reads were merged and the captions' slicing moved to the device).
    let gpu = wgtrain::Gpu::from_env().unwrap();
    let texts = generate_texts(16, 9);
    let vocab = Vocab::build(&texts);
    let lm = small_lm(vocab.len(), 16, 0.1);
    let losses = LossConfig {
        nan_check_before_step: true,
        ..LossConfig::default()
    };
    let mut tr = SceneTrainer::new(&gpu, scene(lm, true), losses, 1e-3, 5).unwrap();
    for step in 0..3 {
        let batch = batch_from_texts(&gpu, &vocab, &texts[step * 4..step * 4 + 4], 16).unwrap();
        let before = gpu.counters().readbacks;
        let r = tr.teacher_forced_step(&batch).unwrap();
        assert!(r.skipped.is_none(), "step {step}: {r:?}");
        let n = gpu.counters().readbacks - before;
        assert_eq!(n, 5, "step {step}: {n} read-backs");
    }
}
