//! VQVAEv2 + EMA quantiser: PyTorch parity on the seed's state_dict (eval forward and one
//! training forward's EMA update), parameter counts, the EMA cold start, training, bad configs.
// The trainers and the command line are behind the default `cli` feature.
#![cfg(feature = "cli")]

mod common;
use std::path::Path;
use wgtrain::autograd::{grad, no_grad, Var};
use wgtrain::io::checkpoint;
use wgtrain::kernels::adam::AdamHyper;
use wgtrain::kernels::random::{uniform, RngKey};
use wgtrain::models::vqvae::{VqVae, VqVaeConfig};
use wgtrain::nn::Module;
use wgtrain::optim::{Adam, Optimizer};
use wgtrain::Tensor;

fn tiny() -> VqVaeConfig {
    VqVaeConfig {
        image_size: 16,
        num_hiddens: 8,
        num_residual_layers: 2,
        num_residual_hiddens: 4,
        num_embeddings: 32,
        embedding_dim: 8,
        ..VqVaeConfig::default()
    }
}

/// The sizes come from the weights: a default-sized config still builds the tiny model the
/// fixture holds, and it computes what the explicitly configured one does.
#[test]
fn from_state_dict_reads_the_architecture_from_the_shapes() {
    let gpu = common::gpu();
    let weights = common::fixture("vqvae_weights.safetensors");
    let model = VqVae::from_state_dict(gpu, &weights, VqVaeConfig::default()).unwrap();
    let t = tiny();
    let c = &model.config;
    assert_eq!(
        (
            c.num_hiddens,
            c.num_residual_layers,
            c.num_residual_hiddens,
            c.num_embeddings,
            c.embedding_dim
        ),
        (
            t.num_hiddens,
            t.num_residual_layers,
            t.num_residual_hiddens,
            t.num_embeddings,
            t.embedding_dim
        )
    );
    let want = common::fixture("vqvae_expected.safetensors");
    let x = common::named(&want, "x");
    let xv = Var::constant(Tensor::from_f32(gpu, &x.data, &x.shape).unwrap());
    let z = no_grad(|| model.encode(&xv))
        .unwrap()
        .value()
        .to_f32()
        .unwrap();
    assert!(common::max_rel_diff(&z, &common::named(&want, "z").data) < 1e-5);
    let mut cut = weights.clone();
    cut.retain(|t| t.name != "vq.embedding.weight");
    let e = VqVae::from_state_dict(gpu, &cut, VqVaeConfig::default())
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("vq.embedding.weight"), "{e}");
}

#[test]
fn eval_and_training_forward_equal_pytorch() {
    let gpu = common::gpu();
    let model = VqVae::new(gpu, tiny(), 0).unwrap();
    model
        .load_weights(&common::fixture("vqvae_weights.safetensors"))
        .unwrap();
    let want = common::fixture("vqvae_expected.safetensors");
    let x = common::named(&want, "x");
    let xv = Var::constant(Tensor::from_f32(gpu, &x.data, &x.shape).unwrap());
    let z = no_grad(|| model.encode(&xv)).unwrap();
    let out = no_grad(|| model.forward(&xv, false)).unwrap();
    let idx: Vec<f32> = out
        .indices
        .to_u32()
        .unwrap()
        .iter()
        .map(|&i| i as f32)
        .collect();
    assert_eq!(
        idx,
        common::named(&want, "indices").data,
        "code indices differ"
    );
    // f32 on both sides; convolutions of ≤ 72 terms and 9 layers: well under 1e-5 of the
    // largest value (measured ≤ 1e-6).
    for (name, ours, tol) in [
        ("z", z.value().to_f32().unwrap(), 1e-5),
        ("recon", out.recon.value().to_f32().unwrap(), 1e-5),
        ("vq_loss", out.vq_loss.value().to_f32().unwrap(), 1e-5),
    ] {
        let d = common::max_rel_diff(&ours, &common::named(&want, name).data);
        assert!(d <= tol, "{name}: {d:e}");
    }
    // A training forward updates the EMA buffers exactly as PyTorch's in-place code does.
    let train = no_grad(|| model.forward(&xv, true)).unwrap();
    let ppl = train.perplexity.unwrap().to_f32().unwrap();
    for (name, ours) in [
        ("train_perplexity", ppl),
        (
            "train_ema_cluster_size",
            model.vq.cluster_size.to_f32().unwrap(),
        ),
        ("train_ema_w", model.vq.ema_w.to_f32().unwrap()),
        ("train_codebook", model.vq.codebook.to_f32().unwrap()),
    ] {
        // The cold start divides unused codes by ~1e-5, so compare relative to each tensor's
        // largest value; the sums have ≤ 128 terms.
        let d = common::max_rel_diff(&ours, &common::named(&want, name).data);
        assert!(d <= 1e-5, "{name}: {d:e}");
    }
}

#[test]
fn default_config_has_the_seeds_parameter_counts() {
    let gpu = common::gpu();
    let model = VqVae::new(gpu, VqVaeConfig::default(), 111).unwrap();
    let trained: usize = model
        .named_parameters()
        .iter()
        .map(|(_, v)| v.value().numel())
        .sum();
    assert_eq!(trained, 1_350_275);
    let buffers: usize = model.named_buffers().iter().map(|(_, t)| t.numel()).sum();
    assert_eq!(buffers, 4096 + 2 * 4096 * 256);
    assert_eq!(trained + 4096 * 256, 2_398_851);
    let names: Vec<String> = model
        .named_parameters()
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(names[0], "encoder.layers.0.weight");
    assert!(names.contains(&"encoder.layers.5.layers.3.block.3.weight".to_string()));
    assert!(names.contains(&"decoder.layers.4.bias".to_string()));
}

#[test]
fn the_ema_cold_start_blows_up_unused_codes_unless_fixed() {
    let gpu = common::gpu();
    for fix in [false, true] {
        let model = VqVae::new(
            gpu,
            VqVaeConfig {
                fix_cold_start: fix,
                ..tiny()
            },
            3,
        )
        .unwrap();
        let before = model.vq.codebook.to_f32().unwrap();
        let x = Var::constant(
            uniform(
                gpu,
                &[1, 3, 16, 16],
                RngKey {
                    seed: 1,
                    stream: 0,
                    offset: 0,
                },
                -1.0,
                1.0,
            )
            .unwrap(),
        );
        let out = no_grad(|| model.forward(&x, true)).unwrap();
        let used: std::collections::HashSet<u32> =
            out.indices.to_u32().unwrap().into_iter().collect();
        let after = model.vq.codebook.to_f32().unwrap();
        let unused = (0..32u32)
            .find(|k| !used.contains(k))
            .expect("16 rows cannot use all 32 codes");
        let (k, d) = (unused as usize, 8);
        let ratio = after[k * d] / before[k * d];
        if fix {
            // cluster 1 decays to ~0.99 and ema_w to 0.99·w: the code stays where it was
            assert!(
                (0.5..2.0).contains(&ratio),
                "fixed start still moved unused code {k}: {ratio}"
            );
        } else {
            assert!(
                ratio > 1e4,
                "cold start should scale unused code {k} by ~1e5, got {ratio}"
            );
        }
    }
}

#[test]
fn a_few_training_steps_reduce_the_loss() {
    let gpu = common::gpu();
    let model = VqVae::new(gpu, tiny(), 5).unwrap();
    let mut adam = Adam::new(
        model.named_parameters(),
        AdamHyper {
            lr: 1e-2,
            ..Default::default()
        },
    )
    .unwrap();
    let params = adam.params();
    // Smooth images (noise has nothing to learn).
    let img: Vec<f32> = (0..4 * 3 * 16 * 16)
        .map(|i| {
            let (b, c, y, x) = (i / 768, (i / 256) % 3, (i / 16) % 16, i % 16);
            ((y as f32 / 3.0 + b as f32).sin() * (x as f32 / 4.0 + c as f32).cos()) * 0.8
        })
        .collect();
    let x = Var::constant(Tensor::from_f32(gpu, &img, &[4, 3, 16, 16]).unwrap());
    let _ = uniform;
    let mut losses = vec![];
    for _ in 0..20 {
        let out = model.forward(&x, true).unwrap();
        let recon = out.recon.sub(&x).unwrap().square().unwrap().mean().unwrap();
        let loss = recon.add(&out.vq_loss).unwrap();
        let grads = grad(&loss, &params).unwrap();
        assert_eq!(grads.len(), params.len(), "every parameter gets a gradient");
        grads.clip_norm(&params, 1.0).unwrap();
        adam.step(&grads).unwrap();
        losses.push(recon.value().scalar().unwrap());
    }
    assert!(
        losses[19] < losses[0] * 0.9,
        "reconstruction loss did not fall: {losses:?}"
    );
}

#[test]
fn impossible_configs_say_which_value() {
    let gpu = common::gpu();
    let e = VqVae::new(
        gpu,
        VqVaeConfig {
            num_downsampling_layers: 3,
            ..tiny()
        },
        0,
    )
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains("num_downsampling_layers = 3"), "{e}");
    let e = VqVae::new(
        gpu,
        VqVaeConfig {
            image_size: 30,
            ..tiny()
        },
        0,
    )
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains("image_size = 30"), "{e}");
    // A checkpoint of another config names the tensor and both shapes.
    let other = VqVae::new(
        gpu,
        VqVaeConfig {
            num_embeddings: 64,
            ..tiny()
        },
        0,
    )
    .unwrap();
    let e = other
        .load_weights(&common::fixture("vqvae_weights.safetensors"))
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("vq.") && e.contains("[32") && e.contains("[64"),
        "{e}"
    );
}

mod training {
    use super::*;
    use wgtrain::train::vqvae::{encode, load_images, load_model, train, RunOptions, VqVaeFile};

    fn tmp(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("wgtrain-vq-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    /// Images of odd sizes, one grayscale, one RGBA.
    fn images(dir: &Path) {
        std::fs::create_dir_all(dir).unwrap();
        for i in 0..9u32 {
            let (w, h) = (20 + i * 3, 17 + i);
            image::RgbImage::from_fn(w, h, |x, y| {
                image::Rgb([(x * 9 + i * 25) as u8, (y * 11) as u8, ((x ^ y) * 7) as u8])
            })
            .save(dir.join(format!("c{i}.png")))
            .unwrap();
        }
        image::GrayImage::from_fn(30, 30, |x, _| image::Luma([(x * 8) as u8]))
            .save(dir.join("gray.png"))
            .unwrap();
        image::RgbaImage::from_fn(16, 16, |x, _| image::Rgba([0, 0, 255, (x * 16) as u8]))
            .save(dir.join("rgba.png"))
            .unwrap();
    }

    fn config(dir: &Path, epochs: usize) -> VqVaeFile {
        let text = format!(
            "[model_params]\nimage_size = 16\nnum_hiddens = 8\nnum_downsampling_layers = 2\nnum_upsampling_layers = 2\nnum_residual_layers = 1\nnum_residual_hiddens = 4\nnum_embeddings = 16\nembedding_dim = 8\ncommitment_cost = 0.25\ndecay = 0.99\n\n[train_params]\ntask_name = \"{}\"\nbatch_size = 4\nepochs = {epochs}\nlr = 1e-3\nckpt_name = \"ckpt.safetensors\"\nseed = 111\ndata = \"{}\"\n",
            dir.join("task").display(),
            dir.join("data").display()
        );
        let path = dir.join(format!("c{epochs}.toml"));
        std::fs::write(&path, text).unwrap();
        VqVaeFile::load(&path).unwrap()
    }

    /// `--amp`: the convolutions read f16 operands (the EMA codebook and the nearest-code search
    /// stay f32); the epoch losses stay within a band of the f32 run's, a run is its own again,
    /// and a resumed AMP run continues exactly (the loss scale rides in the checkpoint).
    #[test]
    fn mixed_precision_follows_the_f32_run_and_resumes_exactly() {
        let gpu = common::gpu();
        let dir = tmp("amp");
        let run = |name: &str, epochs: usize, opts: RunOptions| {
            let d = dir.join(name);
            if !d.join("data").exists() {
                images(&d.join("data"));
            }
            train(gpu, &config(&d, epochs), &opts, &mut |_| {})
        };
        let amp = RunOptions {
            amp: true,
            ..Default::default()
        };
        if let Some(reason) = gpu.f16_reason() {
            let e = run("refused", 1, amp).unwrap_err().to_string();
            assert!(e.contains("--amp") && e.contains(&reason), "{e}");
            return;
        }
        let f32_run = run("f32", 4, RunOptions::default()).unwrap();
        let a = run("a", 4, amp.clone()).unwrap();
        eprintln!("f32 {:?}\namp {:?}", f32_run.epoch_losses, a.epoch_losses);
        // The band: the first epoch starts from the same weights and differs by the f16
        // rounding of the convolutions' operands (≤ 2u₁₆ ≈ 1e-3 relative per product, through
        // a handful of layers) and what that does to the next steps; the loss here falls by
        // 10-30 % an epoch; 1 % of the f32 run's epoch means holds that drift (measured: 1e-5).
        for (e, (x, y)) in a.epoch_losses.iter().zip(&f32_run.epoch_losses).enumerate() {
            assert!((x - y).abs() <= 0.01 * y, "epoch {e}: amp {x} vs f32 {y}");
        }
        assert_ne!(
            a.epoch_losses, f32_run.epoch_losses,
            "--amp changed nothing"
        );
        assert_eq!(
            run("b", 4, amp.clone()).unwrap().epoch_losses,
            a.epoch_losses
        );
        let part = run(
            "c",
            4,
            RunOptions {
                stop_after: Some(1),
                ..amp.clone()
            },
        )
        .unwrap();
        let (_, meta) = checkpoint::load(&part.checkpoint).unwrap();
        assert!(meta.contains_key("amp_loss_scale"), "{meta:?}");
        let rest = run(
            "c",
            4,
            RunOptions {
                resume: true,
                ..amp.clone()
            },
        )
        .unwrap();
        let resumed: Vec<f64> = part
            .epoch_losses
            .iter()
            .chain(&rest.epoch_losses)
            .copied()
            .collect();
        assert_eq!(resumed, a.epoch_losses, "resumed AMP run diverged");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn odd_sizes_and_grayscale_load_in_range() {
        let dir = tmp("load");
        images(&dir.join("data"));
        let (files, imgs) = load_images(&dir.join("data"), 16, &mut |_| {}).unwrap();
        assert_eq!(files.len(), 11);
        assert!(imgs
            .iter()
            .all(|i| i.len() == 3 * 256 && i.iter().all(|v| (-1.0..=1.0).contains(v))));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn resume_continues_at_the_next_epoch_with_the_same_losses() {
        let gpu = common::gpu();
        let dir = tmp("resume");
        images(&dir.join("data"));
        let a = dir.join("a");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::rename(dir.join("data"), a.join("data")).unwrap();
        let full = train(gpu, &config(&a, 3), &RunOptions::default(), &mut |_| {}).unwrap();
        assert!(a.join("task/results/epoch_2.png").exists());

        let b = dir.join("b");
        std::fs::create_dir_all(&b).unwrap();
        images(&b.join("data"));
        let first = train(
            gpu,
            &config(&b, 3),
            &RunOptions {
                stop_after: Some(0),
                ..Default::default()
            },
            &mut |_| {},
        )
        .unwrap();
        let rest = train(
            gpu,
            &config(&b, 3),
            &RunOptions {
                resume: true,
                weights_only: true,
                ..Default::default()
            },
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(rest.first_epoch, 1);
        // --weights-only: the final checkpoint has no Adam state (the encoder below still loads
        // it), and resuming from it is refused by name
        let (tensors, _) = checkpoint::load(&rest.checkpoint).unwrap();
        assert!(!tensors.iter().any(|t| t.name.starts_with("optimizer.")));
        let resume_error = |cfg: &VqVaeFile| {
            let resume = RunOptions {
                resume: true,
                ..Default::default()
            };
            train(gpu, cfg, &resume, &mut |_| {})
                .unwrap_err()
                .to_string()
        };
        let e = resume_error(&config(&b, 4));
        assert!(e.contains("--weights-only"), "{e}");
        // a config that turns the cold-start fix off against a checkpoint trained with it:
        // the one difference is named with the way to continue
        let cold = b.join("cold.toml");
        let text = std::fs::read_to_string(b.join("c3.toml")).unwrap();
        std::fs::write(
            &cold,
            text.replace("decay = 0.99\n", "decay = 0.99\nfix_cold_start = false\n"),
        )
        .unwrap();
        let e = resume_error(&VqVaeFile::load(&cold).unwrap());
        assert!(
            e.contains("fix_cold_start = true, this run asks for false")
                && e.contains("set fix_cold_start = true"),
            "{e}"
        );
        let joined: Vec<f64> = first
            .epoch_losses
            .iter()
            .chain(&rest.epoch_losses)
            .copied()
            .collect();
        assert_eq!(joined, full.epoch_losses);

        // Encodings: one int64 map per image, every index inside the codebook.
        let cfg = config(&b, 3);
        let model = load_model(gpu, &cfg.model_params, &rest.checkpoint).unwrap();
        let (_, imgs) = load_images(&b.join("data"), 16, &mut |_| {}).unwrap();
        let out = b.join("enc.safetensors");
        assert_eq!(encode(gpu, &model, &imgs, &out).unwrap(), 11);
        let t = checkpoint::load_i64(&out, "encodings").unwrap();
        assert_eq!(t.shape, vec![11, 4, 4]);
        assert!(t.data.iter().all(|&v| (0..16).contains(&v)));
        assert_eq!(t.metadata["num_embeddings"], "16");
        let (shape, codes) = wgtrain::train::vqvae::load_encodings(&out, 16).unwrap();
        assert_eq!((shape, codes.len()), (vec![11, 4, 4], 176));
        // Read back against another codebook size, or with an index out of range: refused.
        let e = wgtrain::train::vqvae::load_encodings(&out, 4096)
            .unwrap_err()
            .to_string();
        assert!(e.contains("16-code") && e.contains("4096"), "{e}");
        let bad = b.join("bad.safetensors");
        let mut data = t.data.clone();
        data[5] = 99;
        checkpoint::save_i64(&bad, "encodings", &[11, 4, 4], &data, &Default::default()).unwrap();
        let e = wgtrain::train::vqvae::load_encodings(&bad, 16)
            .unwrap_err()
            .to_string();
        assert!(e.contains("index 99 at position 5"), "{e}");
        // A checkpoint of another config is refused, naming the tensor.
        let mut other = cfg.model_params.clone();
        other.embedding_dim = 4;
        let e = load_model(gpu, &other, &rest.checkpoint)
            .err()
            .unwrap()
            .to_string();
        assert!(
            e.contains("encoder.layers.4.weight")
                && e.contains("[8, 8, 3, 3]")
                && e.contains("[4, 8, 3, 3]"),
            "{e}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn malformed_configs_name_the_problem() {
        let dir = tmp("cfg");
        let p = dir.join("bad.toml");
        std::fs::write(&p, "[model_params]\nimage_size = 128\n").unwrap();
        let e = VqVaeFile::load(&p).unwrap_err().to_string();
        assert!(e.contains("bad.toml") && e.contains("missing field"), "{e}");
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("configs/vqvae_naruto.toml");
        let good = std::fs::read_to_string(&shipped).unwrap();
        // the shipped config is the original's model with the EMA cold start fixed (a config
        // that does not say gets the fix; `--faithful` turns it off)
        assert_eq!(
            VqVaeFile::load(&shipped).unwrap().model_params,
            VqVaeConfig {
                fix_cold_start: true,
                ..VqVaeConfig::default()
            }
        );
        std::fs::write(
            &p,
            good.replace("num_downsampling_layers = 2", "num_downsampling_layers = 3"),
        )
        .unwrap();
        let e = VqVaeFile::load(&p).unwrap_err().to_string();
        assert!(e.contains("num_downsampling_layers = 3"), "{e}");
        std::fs::write(
            &p,
            good.replace("decay = 0.99", "decay = 0.99\nlearning_rate = 3"),
        )
        .unwrap();
        let e = VqVaeFile::load(&p).unwrap_err().to_string();
        assert!(e.contains("learning_rate"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// The memory estimate counts the built model's parameters exactly and bounds what real
    /// training allocates (a private device, so only this run counts): 1 to 4 times it.
    #[test]
    fn the_memory_estimate_counts_parameters_exactly_and_bounds_a_real_run() {
        let dir = tmp("memory");
        images(&dir.join("data"));
        for (size, nh, layers, rh, codes, dim, batch) in
            [(16, 8, 1, 4, 16, 8, 4), (32, 32, 2, 8, 64, 16, 8)]
        {
            let text = format!(
                "[model_params]\nimage_size = {size}\nnum_hiddens = {nh}\nnum_downsampling_layers = 2\nnum_upsampling_layers = 2\nnum_residual_layers = {layers}\nnum_residual_hiddens = {rh}\nnum_embeddings = {codes}\nembedding_dim = {dim}\ncommitment_cost = 0.25\ndecay = 0.99\n\n[train_params]\ntask_name = \"{}\"\nbatch_size = {batch}\nepochs = 1\nlr = 1e-3\nckpt_name = \"ckpt.safetensors\"\nseed = 111\ndata = \"{}\"\n",
                dir.join(format!("task{size}")).display(),
                dir.join("data").display()
            );
            let path = dir.join(format!("m{size}.toml"));
            std::fs::write(&path, text).unwrap();
            let cfg = VqVaeFile::load(&path).unwrap();
            let gpu = wgtrain::Gpu::from_env().unwrap();
            train(&gpu, &cfg, &RunOptions::default(), &mut |_| {}).unwrap();
            let used = gpu.counters().bytes_created;
            let est = wgtrain::train::vqvae::tally(&cfg.model_params)
                .estimate_with_eval(batch, wgtrain::train::vqvae::VALIDATION_IMAGES);
            let model = VqVae::new(&gpu, cfg.model_params.clone(), 1).unwrap();
            let built = common::numel(&model.named_parameters());
            common::assert_estimate_bounds(&est, built, used, &format!("size {size}"));
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
