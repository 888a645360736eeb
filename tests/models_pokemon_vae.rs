//! The Pokemon VAE: PyTorch parity on the seed's state_dict, training, exact resume, and bad
//! input (empty folder, broken files, other sizes, wrong checkpoints, NaN loss).
// The trainers and the command line are behind the default `cli` feature.
#![cfg(feature = "cli")]

mod common;
use std::path::{Path, PathBuf};
use wgtrain::autograd::{no_grad, Var};
use wgtrain::io::checkpoint;
use wgtrain::models::pokemon_vae::PokemonVae;
use wgtrain::nn::Module;
use wgtrain::train::pokemon_vae::{load_sprites, train, TrainOptions};
use wgtrain::Tensor;

#[test]
fn outputs_equal_pytorch_for_the_seeds_state_dict() {
    let gpu = common::gpu();
    let (weights, _) =
        checkpoint::load(&common::fixture_path("pokemon_vae_weights.safetensors")).unwrap();
    let (expected, meta) =
        checkpoint::load(&common::fixture_path("pokemon_vae_expected.safetensors")).unwrap();
    let model = PokemonVae::from_state_dict(gpu, &weights).unwrap();
    assert_eq!(model.config.hidden.to_string(), meta["hidden"]);
    let up = |n: &str| {
        let t = common::named(&expected, n);
        Var::constant(Tensor::from_f32(gpu, &t.data, &t.shape).unwrap())
    };
    let x = up("x");
    let (mu, log_var) = no_grad(|| model.encode(&x)).unwrap();
    let z = PokemonVae::reparameterize(&mu, &log_var, &up("eps")).unwrap();
    let recon = model.decode(&z).unwrap();
    let decoded = model.decode(&up("z_given")).unwrap();
    let f = wgtrain::models::pokemon_vae::VaeOutput {
        mu: mu.clone(),
        log_var: log_var.clone(),
        recon: recon.clone(),
    };
    let (loss, _, kl) = PokemonVae::loss(&x, &f).unwrap();
    // Both sides are f32. Layers sum up to 4800 products; with our fixed order and PyTorch's
    // blocked one the results may differ by a few ulps of the sums' magnitudes, which stays
    // below 1e-5 of the largest output through this 9-layer network (measured: ≤ 2.5e-7 for
    // the tensors, 3.6e-6 for KL, a sum whose terms largely cancel).
    for (name, v, tol) in [
        ("mu", &mu, 1e-5),
        ("log_var", &log_var, 1e-5),
        ("recon", &recon, 1e-5),
        ("decoded", &decoded, 1e-5),
        ("loss", &loss, 1e-5),
        ("kl", &kl, 1e-5),
    ] {
        let d = common::max_rel_diff(
            &v.value().to_f32().unwrap(),
            &common::named(&expected, name).data,
        );
        eprintln!("{name}: max relative difference to PyTorch {d:e}");
        assert!(d <= tol, "{name}: max relative difference {d:e} > {tol:e}");
    }
}

/// A folder of small test sprites: 40x40 RGB, one RGBA, one 32x32 (resized), one truncated
/// PNG and one file that is not an image.
fn sprites(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let img = image::RgbImage::from_fn(40, 40, |x, y| {
            image::Rgb([
                (x * 6 + i as u32 * 20) as u8,
                (y * 6) as u8,
                ((x + y) * 3 * i as u32) as u8,
            ])
        });
        img.save(dir.join(format!("s{i:02}.png"))).unwrap();
    }
    image::RgbaImage::from_fn(40, 40, |x, _| image::Rgba([255, 0, 0, (x * 6) as u8]))
        .save(dir.join("t_rgba.png"))
        .unwrap();
    image::RgbImage::from_fn(32, 32, |x, y| image::Rgb([x as u8 * 8, y as u8 * 8, 100]))
        .save(dir.join("u_small.png"))
        .unwrap();
    let good = std::fs::read(dir.join("s00.png")).unwrap();
    std::fs::write(dir.join("v_truncated.png"), &good[..good.len() / 2]).unwrap();
    std::fs::write(dir.join("w_not_an_image.png"), b"hello").unwrap();
}

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wgtrain-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    d
}

/// The TensorBoard scalars (tag, step, value) a run wrote into `run`.
fn scalars_in(run: &Path) -> Vec<(String, i64, f32)> {
    let events = std::fs::read_dir(run)
        .unwrap()
        .filter_map(|e| e.ok())
        .find(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("events.out.tfevents")
        })
        .unwrap();
    wgtrain::io::tensorboard::read_scalars(&events.path()).unwrap()
}

fn tiny(data: &Path, out: &Path, epochs: usize) -> TrainOptions {
    TrainOptions {
        data: data.to_path_buf(),
        hidden_size: 16,
        latent_size: 4,
        batch_size: 4,
        output_dir: out.join("run").display().to_string(),
        epoch: epochs,
        lr: 1e-3,
        save_period: 1,
        warmup_epochs: 1,
        min_lr: 1e-7,
        seed: 41,
        progress: false,
        image_every: 2,
        ..TrainOptions::default()
    }
}

#[test]
fn broken_files_are_skipped_by_name_and_other_sizes_are_resized() {
    let dir = tmp("sprites");
    sprites(&dir, 5);
    let mut warnings = vec![];
    let s = load_sprites(&dir, 40, &mut |w| warnings.push(w)).unwrap();
    assert_eq!(s.images.len(), 7, "5 RGB + RGBA + resized");
    assert!(s.images.iter().all(|i| i.len() == 3 * 40 * 40));
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(
        warnings[0].contains("v_truncated.png") && warnings[1].contains("w_not_an_image.png"),
        "{warnings:?}"
    );
    // Transparent pixels become white: x = 0 has alpha 0 in the RGBA sprite.
    let rgba = &s.images[5];
    assert_eq!((rgba[0], rgba[1600], rgba[3200]), (1.0, 1.0, 1.0));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_empty_folder_is_a_clear_error() {
    let dir = tmp("empty");
    std::fs::create_dir_all(&dir).unwrap();
    let opts = tiny(&dir, &dir, 1);
    let e = train(common::gpu(), &opts, &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("no .png/.jpg/.jpeg files") && e.contains(&dir.display().to_string()),
        "{e}"
    );
    let missing = tiny(&dir.join("nope"), &dir, 1);
    let e = train(common::gpu(), &missing, &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(e.contains("nope"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn resuming_gives_the_same_losses_as_an_uninterrupted_run() {
    let gpu = common::gpu();
    let dir = tmp("resume");
    sprites(&dir.join("data"), 12);
    let full = train(
        gpu,
        &tiny(&dir.join("data"), &dir.join("a"), 4),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(full.epoch_losses.len(), 4);
    assert!(
        full.epoch_losses[3] < full.epoch_losses[1],
        "loss did not fall: {:?}",
        full.epoch_losses
    );

    let mut first = tiny(&dir.join("data"), &dir.join("b"), 4);
    first.stop_after = Some(1);
    let part = train(gpu, &first, &mut |_| {}).unwrap();
    assert_eq!(part.last_epoch, 1);
    let ckpt = part.last_checkpoint.unwrap();
    assert!(ckpt.ends_with("checkpoint_1.safetensors"));
    // the checkpoint names the kernels the run used (the VAE is matmuls)
    let (_, meta) = checkpoint::load(&ckpt).unwrap();
    assert!(
        meta.get("kernels").is_some_and(|k| k.contains("matmul/")),
        "{meta:?}"
    );
    let mut second = tiny(&dir.join("data"), &dir.join("b"), 4);
    second.resume = Some(ckpt);
    let rest = train(gpu, &second, &mut |_| {}).unwrap();
    assert_eq!(rest.first_epoch, 2);
    let resumed: Vec<f64> = part
        .epoch_losses
        .iter()
        .chain(&rest.epoch_losses)
        .copied()
        .collect();
    assert_eq!(resumed, full.epoch_losses, "resumed run diverged");

    // TensorBoard got the metrics.csv columns under the shared tag scheme, one value an epoch.
    let run = full.run_dir;
    let scalars = scalars_in(&run);
    for tag in [
        "lr",
        "train/loss",
        "train/kl_divergence",
        "train/reconstruct_loss",
    ] {
        assert_eq!(scalars.iter().filter(|s| s.0 == tag).count(), 4, "{tag}");
    }
    let loss0 = scalars.iter().find(|s| s.0 == "train/loss").unwrap().2 as f64;
    assert!(
        (loss0 - full.epoch_losses[0]).abs() <= 1e-6 * loss0.abs(),
        "logged {loss0} vs {}",
        full.epoch_losses[0]
    );
    let csv = std::fs::read_to_string(run.join("metrics.csv")).unwrap();
    assert_eq!(csv.lines().count(), 5);
    // the held-out 1 % (1 of 12 sprites) is evaluated every epoch, in the CSV and TensorBoard
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let at = header.iter().position(|h| *h == "val_loss").unwrap();
    for row in csv.lines().skip(1) {
        let v: f64 = row.split(',').nth(at).unwrap().parse().unwrap();
        assert!(v.is_finite() && v > 0.0, "{row}");
    }
    assert_eq!(scalars.iter().filter(|s| s.0 == "val/loss").count(), 4);
    assert!(run.join("loss_curve.png").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// --legacy-logging writes the original's tags with its values (KL always 0, the loss with KL
/// counted twice); the default scheme's tags are then absent. `faithful` (what --faithful
/// adds) also writes the checkpoint of the warm-up's epoch at learning rate 0.
#[test]
fn legacy_logging_keeps_the_originals_tags_and_values() {
    let gpu = common::gpu();
    let dir = tmp("legacy");
    sprites(&dir.join("data"), 12);
    let mut opts = tiny(&dir.join("data"), &dir.join("a"), 2);
    opts.legacy_logging = true;
    opts.faithful = true;
    let summary = train(gpu, &opts, &mut |_| {}).unwrap();
    assert!(summary.run_dir.join("checkpoint_0.safetensors").is_file());
    let scalars = scalars_in(&summary.run_dir);
    let of =
        |tag: &str| -> Vec<f32> { scalars.iter().filter(|s| s.0 == tag).map(|s| s.2).collect() };
    assert_eq!(of("train/epoch_kl_divergence"), [0.0, 0.0]);
    assert_eq!(of("train/epoch_loss").len(), 2);
    assert_eq!(of("train/epoch_loss"), of("train/epoch_reconstruct_loss"));
    assert!(of("train/loss").is_empty() && of("lr").is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// --keep-last 2 leaves the two newest checkpoints; the warm-up's epoch at learning rate 0 gets
/// none; --weights-only makes the final one weights only (smaller, loadable for sampling, and
/// refused for resuming by name).
#[test]
fn keep_last_and_weights_only_bound_what_a_run_leaves_on_disk() {
    let gpu = common::gpu();
    let dir = tmp("disk");
    sprites(&dir.join("data"), 12);
    let mut opts = tiny(&dir.join("data"), &dir.join("a"), 4);
    opts.keep_last = 2;
    opts.weights_only = true;
    let mut said = vec![];
    let summary = train(gpu, &opts, &mut |m| said.push(m)).unwrap();
    let said = said.join("\n");
    assert!(
        said.contains("no checkpoint of epoch 0") && said.contains("learning rate 0"),
        "{said}"
    );
    let mut left: Vec<String> = std::fs::read_dir(&summary.run_dir)
        .unwrap()
        .filter_map(|e| {
            let n = e.ok()?.file_name().to_string_lossy().to_string();
            n.ends_with(".safetensors").then_some(n)
        })
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["checkpoint_2.safetensors", "checkpoint_3.safetensors"],
        "{said}"
    );
    let full = summary.run_dir.join("checkpoint_2.safetensors");
    let last = summary.run_dir.join("checkpoint_3.safetensors");
    let size = |p: &Path| std::fs::metadata(p).unwrap().len();
    // Adam keeps two moments a weight: the export is about a third of a full checkpoint
    assert!(
        size(&last) * 5 < size(&full) * 2,
        "{} vs {}",
        size(&last),
        size(&full)
    );
    let (tensors, meta) = checkpoint::load(&last).unwrap();
    assert!(tensors.iter().all(|t| !t.name.starts_with("optimizer.")));
    assert!(meta.contains_key("weights_only"), "{meta:?}");
    PokemonVae::from_state_dict(gpu, &tensors).unwrap();
    let mut again = tiny(&dir.join("data"), &dir.join("a"), 6);
    again.resume = Some(last.clone());
    let e = train(gpu, &again, &mut |_| {}).unwrap_err().to_string();
    assert!(
        e.contains("checkpoint_3.safetensors") && e.contains("--weights-only"),
        "{e}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn wrong_checkpoints_name_the_problem() {
    let gpu = common::gpu();
    let dir = tmp("wrong");
    std::fs::create_dir_all(&dir).unwrap();
    let (mut weights, _) =
        checkpoint::load(&common::fixture_path("pokemon_vae_weights.safetensors")).unwrap();
    // Another model entirely.
    let other = vec![checkpoint::NamedTensor {
        name: "conv.weight".into(),
        shape: vec![1],
        data: vec![0.0],
    }];
    let e = PokemonVae::from_state_dict(gpu, &other)
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("encoder.1.weight"), "{e}");
    // One tensor with the wrong shape: the message names it and both shapes.
    let t = weights
        .iter_mut()
        .find(|t| t.name == "decoder.2.weight")
        .unwrap();
    t.shape = vec![16, 64];
    t.data = vec![0.0; 16 * 64];
    let e = PokemonVae::from_state_dict(gpu, &weights)
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("decoder.2.weight") && e.contains("[16, 64]") && e.contains("[32, 32]"),
        "{e}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_nan_loss_stops_naming_the_epoch_and_keeps_the_last_good_checkpoint() {
    let gpu = common::gpu();
    let dir = tmp("nan");
    sprites(&dir.join("data"), 12);
    let good = train(
        gpu,
        &tiny(&dir.join("data"), &dir.join("r"), 2),
        &mut |_| {},
    )
    .unwrap();
    let ckpt = good.last_checkpoint.unwrap();
    let before = std::fs::read(&ckpt).unwrap();
    // weights scaled by 1e30 (finite: a learning rate that large is refused up front) overflow
    // in the next forward pass
    let (mut tensors, meta) = checkpoint::load(&ckpt).unwrap();
    for t in tensors.iter_mut().filter(|t| t.name.ends_with("weight")) {
        t.data.iter_mut().for_each(|v| *v *= 1e30);
    }
    let poisoned = dir.join("poisoned.safetensors");
    checkpoint::save(&poisoned, &tensors, &meta).unwrap();
    let mut bad = tiny(&dir.join("data"), &dir.join("r"), 4);
    bad.resume = Some(poisoned);
    let e = train(gpu, &bad, &mut |_| {}).unwrap_err().to_string();
    assert!(e.contains("epoch 2"), "{e}");
    assert_eq!(
        std::fs::read(&ckpt).unwrap(),
        before,
        "the good checkpoint was touched"
    );
    // A half-written temporary file (a kill during a save) never replaces a checkpoint.
    std::fs::write(ckpt.with_extension("safetensors.tmp"), b"partial").unwrap();
    assert!(checkpoint::load(&ckpt).is_ok());
    // Resuming from a checkpoint of another size says which.
    let mut other = tiny(&dir.join("data"), &dir.join("r"), 4);
    other.resume = Some(ckpt);
    other.hidden_size = 8;
    let e = train(gpu, &other, &mut |_| {}).unwrap_err().to_string();
    assert!(e.contains("hidden 16") && e.contains("hidden 8"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The memory estimate counts the built model's parameters exactly and bounds what real
/// training allocates (on a private device, so only this run counts): at least all of it, at
/// most 4 times it.
#[test]
fn the_memory_estimate_counts_parameters_exactly_and_bounds_a_real_run() {
    let dir = tmp("memory");
    sprites(&dir.join("data"), 40);
    for (hidden, latent, batch) in [(16, 4, 4), (256, 16, 32)] {
        let gpu = wgtrain::Gpu::from_env().unwrap();
        let mut opts = tiny(&dir.join("data"), &dir.join(format!("h{hidden}")), 1);
        opts.hidden_size = hidden;
        opts.latent_size = latent;
        opts.batch_size = batch;
        train(&gpu, &opts, &mut |_| {}).unwrap();
        let used = gpu.counters().bytes_created;
        let config = wgtrain::models::pokemon_vae::VaeConfig {
            input_size: 40,
            hidden,
            latent,
        };
        let est = wgtrain::train::pokemon_vae::tally(&config).estimate(batch);
        let built = common::numel(&PokemonVae::new(&gpu, config, 1).unwrap().named_parameters());
        common::assert_estimate_bounds(&est, built, used, &format!("hidden {hidden}"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `--amp`: the same run in mixed precision stays within a band of the f32 run's epoch losses,
/// a run twice is the same run, and the loss scaler's state rides in the checkpoint so a
/// resumed AMP run continues exactly.
#[test]
fn mixed_precision_follows_the_f32_run_and_resumes_exactly() {
    let gpu = common::gpu();
    let dir = tmp("amp");
    sprites(&dir.join("data"), 12);
    let amp = |out: &str, stop: Option<usize>, resume: Option<PathBuf>| {
        let mut o = tiny(&dir.join("data"), &dir.join(out), 6);
        o.amp = true;
        o.stop_after = stop;
        o.resume = resume;
        train(gpu, &o, &mut |_| {})
    };
    if let Some(reason) = gpu.f16_reason() {
        let e = amp("refused", None, None).unwrap_err().to_string();
        assert!(e.contains("--amp") && e.contains(&reason), "{e}");
        return;
    }
    let f32_run = train(
        gpu,
        &tiny(&dir.join("data"), &dir.join("f32"), 6),
        &mut |_| {},
    )
    .unwrap();
    let a = amp("a", None, None).unwrap();
    eprintln!("f32 {:?}\namp {:?}", f32_run.epoch_losses, a.epoch_losses);
    // The band: epoch 0 starts from the same weights, and its steps differ by the f16 rounding
    // of the products' operands (≤ 2u₁₆ ≈ 1e-3 relative per product) and by the updates the
    // scaler skips while it backs off from 2^16 (the loss is ~1.7e4, so its scaled gradients
    // overflow f16 for the first few steps). The loss falls by ~0.5-5 % an epoch here, so a lag
    // of a few updates and the rounding stay within 1 % of the f32 run's epoch means.
    assert!(
        (a.epoch_losses[0] - f32_run.epoch_losses[0]).abs() <= 1e-3 * f32_run.epoch_losses[0],
        "{:?} vs {:?}",
        a.epoch_losses,
        f32_run.epoch_losses
    );
    for (e, (x, y)) in a.epoch_losses.iter().zip(&f32_run.epoch_losses).enumerate() {
        assert!((x - y).abs() <= 0.01 * y, "epoch {e}: amp {x} vs f32 {y}");
    }
    assert_ne!(
        a.epoch_losses, f32_run.epoch_losses,
        "--amp changed nothing"
    );
    // the run is its own again, and resumes exactly (the scale rides in the checkpoint)
    assert_eq!(amp("b", None, None).unwrap().epoch_losses, a.epoch_losses);
    let part = amp("c", Some(2), None).unwrap();
    let ckpt = part.last_checkpoint.clone().unwrap();
    let (_, meta) = checkpoint::load(&ckpt).unwrap();
    assert!(meta.contains_key("amp_loss_scale"), "{meta:?}");
    let rest = amp("c", None, Some(ckpt)).unwrap();
    let resumed: Vec<f64> = part
        .epoch_losses
        .iter()
        .chain(&rest.epoch_losses)
        .copied()
        .collect();
    assert_eq!(resumed, a.epoch_losses, "resumed AMP run diverged");
    std::fs::remove_dir_all(&dir).unwrap();
}
