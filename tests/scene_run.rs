//! `wgtrain scene train|sample` end to end on tiny models: every figure and text the seed
//! writes, checkpoints that resume exactly (also from the middle of an epoch), the NaN rules,
//! and bad input.
// The trainers and the command line are behind the default `cli` feature.
#![cfg(feature = "cli")]

mod common;
use std::path::{Path, PathBuf};
use wgtrain::models::scene_data::{generate_texts, Vocab};
use wgtrain::models::scene_lm::LmConfig;
use wgtrain::nn::Module;
use wgtrain::train::scene::run::{sample, train, SceneRun, LATEST};
use wgtrain::train::scene::{batch_from_texts, LossConfig, SceneConfig, SceneState, SceneTrainer};

fn tiny_config(use_vae: bool) -> SceneConfig {
    common::tiny_scene_config(use_vae, 0)
}

fn tiny_run(dir: &Path, use_vae: bool) -> SceneRun {
    SceneRun {
        config: tiny_config(use_vae),
        losses: LossConfig {
            sobel_eps: 1e-6,
            ..LossConfig::default()
        },
        epochs: 2,
        batch_size: 4,
        lr: 1e-3,
        num_samples: 24,
        seed: Some(11),
        log_dir: dir.join("logs"),
        checkpoint_dir: dir.join("checkpoints"),
        log_interval: 2,
        samples_out: dir.join("sample_generations.png"),
        progress: false,
        ..SceneRun::default()
    }
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wgtrain-scene-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// --weights-only: the final latest checkpoint has no optimizer state (and is smaller), the best
/// checkpoint it was linked to keeps its state, sampling reads it, resuming refuses it by name.
#[test]
fn weights_only_leaves_the_best_checkpoint_whole_and_is_not_resumable() {
    let gpu = common::gpu();
    let dir = scratch("weights-only");
    let run = SceneRun {
        epochs: 1,
        weights_only: true,
        keep_last: 1,
        ..tiny_run(&dir, false)
    };
    let mut said = vec![];
    train(gpu, &run, &mut |m| said.push(m.to_string())).unwrap();
    assert!(
        said.iter().any(|m| m.contains("--weights-only")),
        "{said:?}"
    );
    let ck = dir.join("checkpoints");
    let (best, _) =
        wgtrain::io::checkpoint::load(&ck.join("checkpoint_epoch_0.safetensors")).unwrap();
    let (latest, meta) = wgtrain::io::checkpoint::load(&ck.join(LATEST)).unwrap();
    let optimizer = |ts: &[wgtrain::io::checkpoint::NamedTensor]| {
        ts.iter()
            .filter(|t| t.name.starts_with("optimizer."))
            .count()
    };
    assert!(optimizer(&best) > 0);
    assert_eq!(optimizer(&latest), 0);
    assert!(meta.contains_key("weights_only") && meta.contains_key("vocab"));
    let out = dir.join("s.png");
    sample(gpu, &ck.join(LATEST), "a red ball", &out, 0, &mut |_| {}).unwrap();
    assert!(out.is_file());
    let e = train(
        gpu,
        &SceneRun {
            epochs: 2,
            resume: Some(ck.join(LATEST)),
            ..tiny_run(&dir, false)
        },
        &mut |_| {},
    )
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains(LATEST) && e.contains("--weights-only"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_run_writes_every_output_and_resumes_exactly_from_mid_epoch() {
    let gpu = common::gpu();
    let dir = scratch("full");
    let run = tiny_run(&dir, true);
    let mut lines = vec![];
    let full = train(gpu, &run, &mut |m| lines.push(m.to_string())).unwrap();
    assert_eq!(full.epochs.len(), 2);
    assert!(!full.interrupted && full.skipped_batches == 0);
    // 24 texts → 19 train / 5 val, batches of 4 (the last of 3) → 5 steps an epoch
    assert_eq!(full.global_step, 10);
    let logs = dir.join("logs");
    for f in [
        "training_curves.png",
        "scenes_epoch_0.png",
        "scenes_epoch_1.png",
        "training_summary.txt",
        "history.csv",
        "epochs.csv",
    ] {
        assert!(logs.join(f).is_file(), "missing {f}");
    }
    let roundtrip = std::fs::read_to_string(logs.join("roundtrip_epoch_1.txt")).unwrap();
    assert!(roundtrip.contains("1. Original:") && roundtrip.contains("Reconstructed:"));
    let summary = std::fs::read_to_string(logs.join("training_summary.txt")).unwrap();
    for k in [
        "train_loss",
        "val_loss",
        "ar_accuracy",
        "kl_loss",
        "perceptual_loss",
    ] {
        assert!(
            summary.contains(&format!("{k}:")),
            "summary lacks {k}:\n{summary}"
        );
    }
    assert!(run.samples_out.is_file());
    assert_eq!(full.samples.len(), 4);
    assert!(dir
        .join("checkpoints/checkpoint_epoch_0.safetensors")
        .is_file());
    assert!(dir.join("checkpoints").join(LATEST).is_file());
    // the latest checkpoint is the best one's file when the last epoch was the best, not a
    // second copy of it, and its own file otherwise
    {
        use std::os::unix::fs::MetadataExt;
        let inode = |p: PathBuf| std::fs::metadata(p).unwrap().ino();
        let best_epoch = full
            .epochs
            .iter()
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .unwrap()
            .0;
        let ck = dir.join("checkpoints");
        assert_eq!(
            inode(ck.join(LATEST)) == inode(ck.join("checkpoint_epoch_1.safetensors")),
            best_epoch == 1,
            "best epoch {best_epoch}"
        );
    }
    let events = std::fs::read_dir(&logs)
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| e.file_name().to_string_lossy().starts_with("events.out"))
        .unwrap()
        .path();
    let scalars = wgtrain::io::tensorboard::read_scalars(&events).unwrap();
    assert!(scalars.iter().any(|(t, s, _)| t == "val/loss" && *s == 1));
    assert!(scalars.iter().any(|(t, _, _)| t == "step/ar_loss"));

    // the same run stopped after 3 batches (inside epoch 0), then resumed: same numbers
    let dir2 = scratch("resumed");
    let first = SceneRun {
        stop_after: Some(3),
        ..tiny_run(&dir2, true)
    };
    let part = train(gpu, &first, &mut |_| {}).unwrap();
    assert!(part.interrupted && part.epochs.is_empty() && part.global_step == 3);
    let second = SceneRun {
        resume: Some(dir2.join("checkpoints").join(LATEST)),
        seed: None, // the checkpoint's seed is used
        ..tiny_run(&dir2, true)
    };
    let rest = train(gpu, &second, &mut |_| {}).unwrap();
    assert_eq!(rest.global_step, 10);
    assert_eq!(
        rest.epochs, full.epochs,
        "a resumed run must match the uninterrupted one"
    );
    assert_eq!(rest.samples, full.samples);
    // the history has each logged step once
    let history = std::fs::read_to_string(dir2.join("logs/history.csv")).unwrap();
    let steps: Vec<&str> = history
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    let mut unique = steps.clone();
    unique.dedup();
    assert_eq!(steps, unique);
    assert_eq!(
        history.lines().count(),
        std::fs::read_to_string(logs.join("history.csv"))
            .unwrap()
            .lines()
            .count()
    );

    // resuming with another model shape names the mismatch
    let wrong = SceneRun {
        resume: Some(dir2.join("checkpoints").join(LATEST)),
        config: SceneConfig {
            lm: LmConfig {
                d_model: 32,
                ..tiny_config(true).lm
            },
            ..tiny_config(true)
        },
        ..tiny_run(&dir2, true)
    };
    let e = train(gpu, &wrong, &mut |_| {}).err().unwrap().to_string();
    assert!(e.contains("d_model 16 (this run asks for 32)"), "{e}");
    let other_lr = SceneRun {
        resume: Some(dir2.join("checkpoints").join(LATEST)),
        lr: 2e-3,
        ..tiny_run(&dir2, true)
    };
    let e = train(gpu, &other_lr, &mut |_| {})
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("lr 0.001 (this run asks for 0.002)"), "{e}");
    let e = train(
        gpu,
        &SceneRun {
            resume: Some(dir2.join("checkpoints").join(LATEST)),
            seed: Some(12),
            ..tiny_run(&dir2, true)
        },
        &mut |_| {},
    )
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains("--seed 11"), "{e}");

    // the default checkpoint of `scene sample` is the best one, as checkpoint_latest names it
    let best = wgtrain::train::scene::run::best_checkpoint(&dir.join("checkpoints")).unwrap();
    let want = format!(
        "checkpoint_epoch_{}.safetensors",
        full.epochs
            .iter()
            .min_by(|a, b| a.2.total_cmp(&b.2))
            .unwrap()
            .0
    );
    assert!(best.ends_with(&want), "{best:?} vs {want}");

    // sampling: the PNG, the caption, unknown words said once, too-long text refused
    let ck = dir.join("checkpoints").join(LATEST);
    let out = dir.join("one.png");
    let mut said = vec![];
    let caption = sample(
        gpu,
        &ck,
        "a large zorblax ball zorblax",
        &out,
        0,
        &mut |m| said.push(m.to_string()),
    )
    .unwrap();
    assert!(out.is_file());
    assert!(!caption.contains("<SOS>") && !caption.contains("<EOS>"));
    let unk: Vec<&String> = said.iter().filter(|m| m.contains("<UNK>")).collect();
    assert_eq!(unk.len(), 1, "{said:?}");
    assert!(unk[0].contains("zorblax"));
    let long = vec!["red"; 70].join(" ");
    let e = sample(gpu, &ck, &long, &out, 0, &mut |_| {})
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("max_len 64"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&dir2);
}

#[test]
fn options_that_cannot_train_are_refused_before_any_work() {
    let gpu = common::gpu();
    let dir = scratch("options");
    let cases: Vec<(SceneRun, &str)> = vec![
        (
            SceneRun {
                batch_size: 1,
                ..tiny_run(&dir, false)
            },
            "--batch-size 1 without --use-vae",
        ),
        (
            SceneRun {
                losses: LossConfig {
                    lambda_kl: f32::NAN,
                    ..LossConfig::default()
                },
                ..tiny_run(&dir, true)
            },
            "--lambda-kl NaN",
        ),
        (
            SceneRun {
                losses: LossConfig {
                    sobel_eps: -1e-6,
                    ..LossConfig::default()
                },
                ..tiny_run(&dir, true)
            },
            "--sobel-eps",
        ),
        (
            SceneRun {
                num_samples: 4,
                train_split: 0.3,
                ..tiny_run(&dir, false)
            },
            "1 training and 3 validation texts",
        ),
    ];
    for (run, want) in cases {
        let e = train(gpu, &run, &mut |_| {}).err().unwrap().to_string();
        assert!(e.contains(want), "{e}");
    }
    assert!(!dir.join("checkpoints").exists(), "nothing may be written");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_checkpoint_whose_vocabulary_does_not_fit_its_models_is_refused() {
    let gpu = common::gpu();
    let dir = scratch("vocab");
    let texts = generate_texts(16, 1);
    let vocab = Vocab::build(&texts);
    let mut config = tiny_config(false);
    config.lm.vocab = vocab.len() + 3;
    let tr = SceneTrainer::new(gpu, config, LossConfig::default(), 1e-3, 0).unwrap();
    let state = SceneState {
        epoch: Some(0),
        batches_done: 0,
        epoch_loss_sum: 0.0,
        epoch_loss_count: 0,
        epoch_skipped: 0,
        global_step: 0,
        attempts: 0,
        best_checkpoint: None,
        best_val_loss: Some(1.0),
        base_lrs: [1e-3; 3],
        t_max: 1,
        last_epoch: 1,
        seed: 0,
        num_samples: 16,
        train_split: 0.8,
        batch_size: 4,
        losses: LossConfig::default(),
    };
    let path = dir.join("c.safetensors");
    tr.save(&path, &vocab, &state).unwrap();
    let e = SceneTrainer::open(&path).err().unwrap().to_string();
    assert!(
        e.contains(&format!(
            "vocabulary has {} words but its models were built for {}",
            vocab.len(),
            vocab.len() + 3
        )),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_non_finite_loss_is_reported_and_the_fix_flag_skips_the_step_before_it_is_taken() {
    let gpu = common::gpu();
    let texts = generate_texts(8, 4);
    let vocab = Vocab::build(&texts);
    let mut config = tiny_config(false);
    config.lm.vocab = vocab.len();
    let batch = batch_from_texts(gpu, &vocab, &texts[..4], 16).unwrap();
    // a NaN weight makes the composite loss and its gradients NaN
    let poisoned = |check: bool| LossConfig {
        lambda_consistency: f32::NAN,
        sobel_eps: 1e-6,
        nan_check_before_step: check,
        ..LossConfig::default()
    };
    let decoder_weight =
        |tr: &SceneTrainer| tr.decoder.named_parameters()[0].1.value().to_f32().unwrap();
    for check in [false, true] {
        let mut tr = SceneTrainer::new(gpu, config.clone(), poisoned(check), 1e-3, 2).unwrap();
        tr.global_step = 100; // past the warm-up's zero scale
        let before = decoder_weight(&tr);
        let r = tr.teacher_forced_step(&batch).unwrap();
        let why = r.skipped.expect("a NaN loss must be reported");
        assert!(why.contains("scene loss NaN"), "{why}");
        assert_eq!(tr.global_step, 100, "a skipped batch is not a step");
        let after = decoder_weight(&tr);
        if check {
            assert_eq!(before, after, "the fix flag must skip the step");
            assert!(why.contains("no decoder/caption step taken"), "{why}");
        } else {
            // the seed's order: the optimizer has already stepped with NaN gradients
            assert!(
                after.iter().any(|v| v.is_nan()),
                "faithful mode steps first"
            );
        }
    }
}

/// The memory estimate counts the built models' parameters exactly (both bottlenecks, odd
/// sizes, several layers) and bounds what a real run allocates on a private device (so only
/// this run counts).
#[test]
fn the_memory_estimate_counts_parameters_exactly_and_bounds_a_real_run() {
    let gpu = wgtrain::Gpu::from_env().unwrap();
    for (use_vae, d, heads, layers, hidden) in [(true, 16, 2, 1, 16), (false, 12, 3, 3, 24)] {
        let mut c = tiny_config(use_vae);
        c.lm.vocab = 37;
        c.lm.d_model = d;
        c.lm.heads = heads;
        c.lm.layers = layers;
        c.hidden_dim = hidden;
        let tr = SceneTrainer::new(&gpu, c.clone(), LossConfig::default(), 1e-3, 1).unwrap();
        let built = common::numel(&tr.lm.named_parameters())
            + common::numel(&tr.decoder.named_parameters())
            + common::numel(&tr.captioner.named_parameters());
        assert_eq!(c.parameter_count(), built, "{c:?}");
    }
    for (d, layers, hidden, batch) in [(16, 1, 16, 4), (64, 2, 32, 8)] {
        let gpu = wgtrain::Gpu::from_env().unwrap();
        let dir = scratch(&format!("memory-{d}"));
        let mut run = tiny_run(&dir, true);
        run.config.lm.d_model = d;
        run.config.lm.layers = layers;
        run.config.hidden_dim = hidden;
        run.batch_size = batch;
        run.stop_after = Some(2);
        train(&gpu, &run, &mut |_| {}).unwrap();
        let used = gpu.counters().bytes_created;
        let mut config = run.config.clone();
        config.lm.vocab = Vocab::build(&generate_texts(run.num_samples, 11)).len();
        let est = config.memory_estimate(batch, wgtrain::train::scene::run::MAX_LENGTH - 1);
        // the parameter count is held to the built models' above
        common::assert_estimate_bounds(&est, config.parameter_count(), used, &format!("d {d}"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// `--amp` (the original's --use_amp, which wgtrain used to accept and ignore): the scene run in
/// mixed precision follows the f32 run and resumes exactly from mid-epoch (both loss scales
/// ride in the checkpoint).
#[test]
fn mixed_precision_follows_the_f32_run_and_resumes_exactly() {
    let gpu = common::gpu();
    let amp = |dir: &Path| SceneRun {
        use_amp: true,
        ..tiny_run(dir, true)
    };
    if let Some(reason) = gpu.f16_reason() {
        let e = train(gpu, &amp(&scratch("amp-refused")), &mut |_| {})
            .unwrap_err()
            .to_string();
        assert!(e.contains("--amp") && e.contains(&reason), "{e}");
        return;
    }
    let f = train(gpu, &tiny_run(&scratch("amp-f32"), true), &mut |_| {}).unwrap();
    let a = train(gpu, &amp(&scratch("amp-a")), &mut |_| {}).unwrap();
    eprintln!("f32 {:?}\namp {:?}", f.epochs, a.epochs);
    assert_eq!(
        a.global_step, f.global_step,
        "a skipped update still counts as a step"
    );
    // The band: the losses start equal but for the f16 rounding of the products' operands
    // (≤ 2u₁₆ ≈ 1e-3 relative per product, through a handful of layers), then the two runs'
    // trajectories drift apart by what that rounding does to 10 Adam steps at lr 1e-3: 1 %
    // (measured 2e-4).
    for ((e, x, vx), (_, y, vy)) in a.epochs.iter().zip(&f.epochs) {
        assert!(
            (x - y).abs() <= 0.01 * y.abs(),
            "epoch {e}: train {x} vs {y}"
        );
        assert!(
            (vx - vy).abs() <= 0.01 * vy.abs(),
            "epoch {e}: val {vx} vs {vy}"
        );
    }
    assert_ne!(a.epochs, f.epochs, "--amp changed nothing");
    // (the resumed run equal to the uninterrupted one shows it is deterministic too)
    let dir = scratch("amp-c");
    let part = train(
        gpu,
        &SceneRun {
            stop_after: Some(3),
            ..amp(&dir)
        },
        &mut |_| {},
    )
    .unwrap();
    assert!(part.interrupted);
    let rest = train(
        gpu,
        &SceneRun {
            resume: Some(dir.join("checkpoints").join(LATEST)),
            seed: None,
            ..amp(&dir)
        },
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(rest.epochs, a.epochs, "a resumed AMP run must match");
}
