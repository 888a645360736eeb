//! The VAE-GAN of seed 002: the original's parameter counts, the critic step's gradient (through
//! the gradient penalty's double backward) against finite differences, a few training steps in
//! both weight-predictor modes with exact resume, and refusals of bad input.
// The trainers and the command line are behind the default `cli` feature.
#![cfg(feature = "cli")]

mod common;
use wgtrain::autograd::{backward, Var};
use wgtrain::kernels::random::{uniform, RngKey};
use wgtrain::models::vaegan::{wgan_terms, Critic, Vae, VaeGanConfig, WeightPredictor};
use wgtrain::nn::Module;
use wgtrain::train::vaegan::{
    load_image_folder, train, VaeGanOutput, VaeGanRun, WeightPredictorMode,
};
use wgtrain::Tensor;

fn count(p: &[(String, Var)]) -> usize {
    p.iter().map(|(_, v)| v.value().numel()).sum()
}

fn tiny() -> VaeGanConfig {
    VaeGanConfig {
        image_size: 8,
        channels: 2,
        latent: 4,
        rnn_hidden: 4,
        rnn_layers: 2,
        frames: 3,
    }
}

fn key(stream: u32) -> RngKey {
    RngKey {
        seed: 9,
        stream,
        offset: 0,
    }
}

#[test]
fn the_seed_sizes_have_the_specs_parameter_counts() {
    let gpu = common::gpu();
    let cfg = VaeGanConfig::default();
    assert_eq!(
        count(&Vae::new(gpu, cfg.clone(), 0).unwrap().named_parameters()),
        2_457_491
    );
    assert_eq!(
        count(&Critic::new(gpu, &cfg, 0).unwrap().named_parameters()),
        833_633
    );
    let rnn = WeightPredictor::new(gpu, &cfg, 0).unwrap();
    assert_eq!(count(&rnn.named_parameters()), 19_196_736);
    assert_eq!(rnn.named_parameters()[0].0, "rnn.weight_ih_l0");
    assert_eq!(cfg.weight_update_size(), 1344);
    let err = cfg.check_weight_update_size(1296).unwrap_err().to_string();
    assert!(err.contains("1296") && err.contains("1344"), "{err}");
}

/// loss_D = W + 10·GP as a function of the critic's last layer (fc3) is smooth (no ReLU or
/// max-pool kink depends on fc3), so central differences of the f32 forward converge. With
/// |loss| ≲ 10 the f32 evaluation noise is ~1e-5 absolute; h = 1e-2 turns that into ~1e-3
/// of derivative error, and the O(h²) truncation stays below that: atol 5e-3, rtol 2e-2.
#[test]
fn critic_step_gradient_through_the_penalty_matches_finite_differences() {
    let gpu = common::gpu();
    let cfg = tiny();
    let critic = Critic::new(gpu, &cfg, 3).unwrap();
    // larger last-layer weights so ‖∂D/∂x‖ is far from 0 and the penalty has a real gradient
    let w3 = uniform(gpu, &[1, 64], key(1), -2.0, 2.0).unwrap();
    gpu.copy_region(&w3, 0, critic.fc3.weight.value(), 0, 64)
        .unwrap();
    let real = Var::constant(uniform(gpu, &[3, 3, 8, 8], key(2), 0.0, 1.0).unwrap());
    let fake = Var::constant(uniform(gpu, &[3, 3, 8, 8], key(3), 0.0, 1.0).unwrap());
    let alpha = Tensor::from_f32(gpu, &[0.3, -1.2, 0.8], &[3]).unwrap();
    let loss = |c: &Critic| -> f64 {
        let (w, gp) = wgan_terms(c, &real, &fake, &alpha).unwrap();
        w.add(&gp.mul_scalar(10.0).unwrap())
            .unwrap()
            .value()
            .scalar()
            .unwrap() as f64
    };
    let (w, gp) = wgan_terms(&critic, &real, &fake, &alpha).unwrap();
    assert!(
        gp.value().scalar().unwrap() > 1e-3,
        "the penalty should be active"
    );
    let l = w.add(&gp.mul_scalar(10.0).unwrap()).unwrap();
    let (fw, fb) = (critic.fc3.weight.clone(), critic.fc3.bias.clone().unwrap());
    let grads = backward(&l, &[&fw, &fb]).unwrap();
    let h = 1e-2f32;
    for (p, g) in [(&fw, &grads[0]), (&fb, &grads[1])] {
        let analytic = g.as_ref().unwrap().value().to_f32().unwrap();
        let base = p.value().to_f32().unwrap();
        for (j, a) in analytic.iter().enumerate().step_by(7) {
            let mut v = base.clone();
            v[j] = base[j] + h;
            gpu.write(p.value(), &v).unwrap();
            let up = loss(&critic);
            v[j] = base[j] - h;
            gpu.write(p.value(), &v).unwrap();
            let down = loss(&critic);
            gpu.write(p.value(), &base).unwrap();
            let numeric = (up - down) / (2.0 * h as f64);
            let err = (*a as f64 - numeric).abs();
            assert!(
                err <= 5e-3 + 2e-2 * numeric.abs(),
                "d loss_D / d fc3[{j}]: analytic {a}, numeric {numeric}"
            );
        }
    }
}

fn images(n: usize) -> Vec<Vec<f32>> {
    (0..n)
        .map(|i| {
            (0..3 * 64)
                .map(|j| ((i * 31 + j * 7) % 97) as f32 / 97.0)
                .collect()
        })
        .collect()
}

fn run(mode: WeightPredictorMode, epochs: usize) -> VaeGanRun {
    VaeGanRun {
        model: tiny(),
        batch_size: 4,
        epochs,
        mode,
        seed: 4,
        ..VaeGanRun::default()
    }
}

fn out(name: &str, resume: bool, stop_after: Option<usize>) -> VaeGanOutput {
    VaeGanOutput {
        dir: std::env::temp_dir().join(format!("wgtrain-vaegan-{}-{name}", std::process::id())),
        resume,
        progress: false,
        stop_after,
        ..VaeGanOutput::default()
    }
}

#[test]
fn trains_in_both_modes_and_resumes_exactly() {
    let gpu = common::gpu();
    let data = images(10);
    for mode in [WeightPredictorMode::Faithful, WeightPredictorMode::Hyper] {
        let name = format!("{mode:?}");
        let _ = std::fs::remove_dir_all(out(&name, false, None).dir);
        let full = train(
            gpu,
            &run(mode, 2),
            &data,
            &out(&name, false, None),
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(full.losses.len(), 2 * 3); // 10 images in batches of 4, drop_last false
        assert!(full
            .losses
            .iter()
            .all(|l| l.loss_d.is_finite() && l.loss_g.is_finite() && l.gp >= 0.0));
        let dir = out(&name, false, None).dir;
        assert!(dir.join("samples/epoch_1.png").exists() && dir.join("metrics.csv").exists());

        let rdir = format!("{name}-resume");
        let _ = std::fs::remove_dir_all(out(&rdir, false, None).dir);
        let a = train(
            gpu,
            &run(mode, 2),
            &data,
            &out(&rdir, false, Some(0)),
            &mut |_| {},
        )
        .unwrap();
        let b = train(
            gpu,
            &run(mode, 2),
            &data,
            &out(&rdir, true, None),
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(b.first_epoch, 1);
        let joined: Vec<f64> = a.losses.iter().chain(&b.losses).map(|l| l.loss_g).collect();
        let want: Vec<f64> = full.losses.iter().map(|l| l.loss_g).collect();
        assert_eq!(joined, want, "{mode:?}: resumed run differs");
    }
}

/// `--amp` on the VAE-GAN (two loss scalers, the gradient penalty's double backward through
/// f16 products): the step losses follow the f32 run's within 1 % (the scalers skip the
/// updates of two of the six steps while they back off from 2^16, and the losses move ~0.3 %
/// a step here; measured 0.4 %), a run is its own again, and a resumed AMP run continues
/// exactly (both scales ride in the checkpoint).
#[test]
fn mixed_precision_follows_the_f32_run_and_resumes_exactly() {
    let gpu = common::gpu();
    let data = images(10);
    let amp_run = VaeGanRun {
        amp: true,
        ..run(WeightPredictorMode::Hyper, 2)
    };
    let go = |name: &str, r: &VaeGanRun, resume: bool, stop: Option<usize>| {
        if !resume {
            let _ = std::fs::remove_dir_all(out(name, false, None).dir);
        }
        train(gpu, r, &data, &out(name, resume, stop), &mut |_| {})
    };
    if let Some(reason) = gpu.f16_reason() {
        let e = go("amp-refused", &amp_run, false, None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("--amp") && e.contains(&reason), "{e}");
        return;
    }
    let f = go("amp-f32", &run(WeightPredictorMode::Hyper, 2), false, None).unwrap();
    let a = go("amp-a", &amp_run, false, None).unwrap();
    let g = |s: &wgtrain::train::vaegan::VaeGanSummary| -> Vec<f64> {
        s.losses.iter().map(|l| l.loss_g).collect()
    };
    let d = |s: &wgtrain::train::vaegan::VaeGanSummary| -> Vec<f64> {
        s.losses.iter().map(|l| l.loss_d).collect()
    };
    eprintln!(
        "f32 g {:?} d {:?}\namp g {:?} d {:?}",
        g(&f),
        d(&f),
        g(&a),
        d(&a)
    );
    assert_eq!(g(&a).len(), g(&f).len());
    for (i, (x, y)) in g(&a).iter().zip(g(&f)).enumerate() {
        assert!(
            (x - y).abs() <= 0.01 * y.abs().max(1.0),
            "step {i}: amp {x} vs f32 {y}"
        );
    }
    assert_ne!(g(&a), g(&f), "--amp changed nothing");
    assert_eq!(g(&go("amp-b", &amp_run, false, None).unwrap()), g(&a));
    let part = go("amp-c", &amp_run, false, Some(0)).unwrap();
    let rest = go("amp-c", &amp_run, true, None).unwrap();
    let joined: Vec<f64> = g(&part).into_iter().chain(g(&rest)).collect();
    assert_eq!(joined, g(&a), "resumed AMP run differs");
}

#[test]
fn only_the_hyper_mode_trains_the_weight_predictor() {
    let gpu = common::gpu();
    let data = images(4);
    for (mode, learns) in [
        (WeightPredictorMode::Faithful, false),
        (WeightPredictorMode::Hyper, true),
    ] {
        let mut m = wgtrain::train::vaegan::VaeGan::new(gpu, run(mode, 1)).unwrap();
        let fc_before = m.rnn.fc.weight.value().to_f32().unwrap();
        let enc1_before = m.vae.trunk.enc1.weight.value().to_f32().unwrap();
        let flat: Vec<f32> = data.concat();
        let real = Var::constant(Tensor::from_f32(gpu, &flat, &[4, 3, 8, 8]).unwrap());
        m.train_step(&real).unwrap();
        let changed = m.rnn.fc.weight.value().to_f32().unwrap() != fc_before;
        assert_eq!(changed, learns, "{mode:?}");
        assert_ne!(
            m.vae.trunk.enc1.weight.value().to_f32().unwrap(),
            enc1_before
        );
    }
}

#[test]
fn an_image_folder_without_class_folders_is_explained() {
    let d = std::env::temp_dir().join(format!("wgtrain-vaegan-flat-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    image::RgbImage::new(4, 4).save(d.join("a.png")).unwrap();
    let err = load_image_folder(&d, 8, &mut |_| {})
        .unwrap_err()
        .to_string();
    assert!(err.contains("<class>") && err.contains("1 images"), "{err}");
    // a class folder with one good and one corrupt image: the corrupt one is named and skipped
    std::fs::create_dir_all(d.join("c")).unwrap();
    image::RgbImage::new(4, 4).save(d.join("c/ok.png")).unwrap();
    std::fs::write(d.join("c/bad.png"), b"not a png").unwrap();
    let mut warnings = vec![];
    let imgs = load_image_folder(&d, 8, &mut |m| warnings.push(m)).unwrap();
    assert_eq!(imgs.len(), 1);
    assert!(
        warnings.iter().any(|w| w.contains("bad.png")),
        "{warnings:?}"
    );
}

/// The memory estimate counts the three networks' parameters exactly and bounds what real
/// training allocates (a private device, so only this run counts): 1 to 4 times it.
#[test]
fn the_memory_estimate_counts_parameters_exactly_and_bounds_a_real_run() {
    for (size, batch) in [(8, 4), (32, 8)] {
        let gpu = wgtrain::Gpu::from_env().unwrap();
        let mut r = run(WeightPredictorMode::Hyper, 1);
        r.model.image_size = size;
        r.batch_size = batch;
        let data: Vec<Vec<f32>> = (0..10)
            .map(|i| {
                (0..3 * size * size)
                    .map(|j| ((i * 31 + j * 7) % 97) as f32 / 97.0)
                    .collect()
            })
            .collect();
        let o = out(&format!("memory{size}"), false, None);
        let _ = std::fs::remove_dir_all(&o.dir);
        train(&gpu, &r, &data, &o, &mut |_| {}).unwrap();
        let used = gpu.counters().bytes_created;
        let est = wgtrain::train::vaegan::tally(&r.model).estimate(batch);
        let built = common::numel(
            &Vae::new(&gpu, r.model.clone(), 1)
                .unwrap()
                .named_parameters(),
        ) + common::numel(&Critic::new(&gpu, &r.model, 1).unwrap().named_parameters())
            + common::numel(
                &WeightPredictor::new(&gpu, &r.model, 1)
                    .unwrap()
                    .named_parameters(),
            );
        common::assert_estimate_bounds(&est, built, used, &format!("size {size}"));
        let _ = std::fs::remove_dir_all(&o.dir);
    }
}

/// Each of the three modules rebuilt from its state_dict alone has the sizes it was made with
/// and the same tensors; the `vae.` part of a VAE-GAN checkpoint loads the same way; a
/// missing tensor and a non-square feature count are named.
#[test]
fn from_state_dict_reads_the_sizes_from_the_shapes() {
    use wgtrain::io::checkpoint::sub_dict;
    use wgtrain::models::vaegan::state;
    let gpu = common::gpu();
    let cfg = VaeGanConfig {
        image_size: 16,
        channels: 3,
        latent: 5,
        rnn_hidden: 6,
        rnn_layers: 3,
        frames: 3,
    };
    let vae = Vae::new(gpu, cfg.clone(), 4).unwrap();
    let sd = vae.state_dict().unwrap();
    let back = Vae::from_state_dict(gpu, &sd, VaeGanConfig::default()).unwrap();
    assert_eq!(
        (
            back.config.channels,
            back.config.latent,
            back.config.image_size
        ),
        (3, 5, 16)
    );
    assert_eq!(back.state_dict().unwrap(), sd);
    // out of a checkpoint holding the three modules under prefixes
    let mut ck = state("vae.", &vae.named_parameters()).unwrap();
    let critic = Critic::new(gpu, &cfg, 5).unwrap();
    ck.extend(state("critic.", &critic.named_parameters()).unwrap());
    let part = Vae::from_state_dict(gpu, &sub_dict(&ck, "vae."), VaeGanConfig::default()).unwrap();
    assert_eq!(part.state_dict().unwrap(), sd);
    let c = Critic::from_state_dict(gpu, &sub_dict(&ck, "critic.")).unwrap();
    assert_eq!(c.state_dict().unwrap(), critic.state_dict().unwrap());
    let rnn = WeightPredictor::new(gpu, &cfg, 6).unwrap();
    let r = WeightPredictor::from_state_dict(gpu, &rnn.state_dict().unwrap()).unwrap();
    assert_eq!(r.hidden, 6);
    assert_eq!(r.state_dict().unwrap(), rnn.state_dict().unwrap());
    assert_eq!(r.named_parameters().len(), 3 * 4 + 2);

    let cut: Vec<_> = sd
        .iter()
        .filter(|t| t.name != "fc1.weight")
        .cloned()
        .collect();
    let e = Vae::from_state_dict(gpu, &cut, VaeGanConfig::default())
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("'fc1.weight'"), "{e}");
    let mut odd = sd.clone();
    for t in odd.iter_mut().filter(|t| t.name == "fc1.weight") {
        t.shape = vec![5, 3 * 17];
    }
    let e = Vae::from_state_dict(gpu, &odd, VaeGanConfig::default())
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("fc1.weight") && e.contains("square"), "{e}");
}
