//! The runtime's promises: pooled buffers (a step allocates nothing after the first), one
//! pipeline per (kernel, specialisation), batched submits, 2-D grid folding, determinism, and
//! typed errors for bad input.

mod common;
use wgtrain::autograd::{backward, cross_entropy, grad, Var};
use wgtrain::gpu::AdapterChoice;
use wgtrain::kernels::adam::AdamHyper;
use wgtrain::kernels::elementwise::{self as ew, Binary, Unary};
use wgtrain::kernels::random::{normal, RngKey};
use wgtrain::kernels::reduce::{reduce_all, reduce_axis, Reduce};
use wgtrain::nn::{Forward, Linear, Module};
use wgtrain::optim::{Adam, Optimizer};
use wgtrain::{Error, Gpu, Tensor};

fn key(stream: u32) -> RngKey {
    RngKey {
        seed: 42,
        stream,
        offset: 0,
    }
}

/// A small classifier's training step: forward, cross-entropy, backward, clip, Adam, and a
/// loss read-back, as a training loop does.
struct Step {
    layers: Vec<Linear>,
    params: Vec<Var>,
    adam: Adam,
    x: Var,
    t: Tensor,
}

impl Step {
    fn new(gpu: &Gpu) -> Step {
        let layers = vec![
            Linear::with_key(gpu, 6, 16, true, key(1)).unwrap(),
            Linear::with_key(gpu, 16, 3, true, key(3)).unwrap(),
        ];
        let named: Vec<(String, Var)> = layers
            .iter()
            .enumerate()
            .flat_map(|(i, l)| l.named_parameters_in(&i.to_string()))
            .collect();
        let adam = Adam::new(named, AdamHyper::default()).unwrap();
        let params = adam.params();
        let x = Var::constant(normal(gpu, &[10, 6], key(5), 0.0, 1.0).unwrap());
        let t = Tensor::from_i32(gpu, &[0, 1, 2, 0, 1, 2, 0, 1, 2, -100], &[10]).unwrap();
        Step {
            layers,
            params,
            adam,
            x,
            t,
        }
    }

    fn run(&mut self) -> f32 {
        let h = self.layers[0].forward(&self.x).unwrap().tanh().unwrap();
        let logits = self.layers[1].forward(&h).unwrap();
        let loss = cross_entropy(&logits, &self.t, -100).unwrap();
        let grads = grad(&loss, &self.params).unwrap();
        assert_eq!(grads.len(), self.params.len());
        grads.clip_norm(&self.params, 1.0).unwrap();
        self.adam.step(&grads).unwrap();
        loss.value().scalar().unwrap()
    }
}

#[test]
fn training_steps_after_the_first_allocate_no_buffers_compile_no_pipelines_and_reuse_bind_groups() {
    // A private device, so other tests running in parallel do not move the counters.
    let gpu = Gpu::from_env().unwrap();
    let mut step = Step::new(&gpu);
    let first = step.run();
    let after_first = gpu.counters();
    let mut last = first;
    let mut settled = after_first;
    for i in 2..=12 {
        last = step.run();
        if i == 6 {
            settled = gpu.counters();
        }
    }
    let after = gpu.counters();
    assert_eq!(
        after.buffers_created, after_first.buffers_created,
        "steps 2-12 created buffers"
    );
    assert_eq!(
        after.pipelines_created, after_first.pipelines_created,
        "steps 2-12 compiled pipelines"
    );
    // Once the pool's free lists have settled into the step's order (here within 5 steps),
    // the same buffers meet the same kernels every step and every launch finds its bind group.
    assert_eq!(
        after.bind_groups_created, settled.bind_groups_created,
        "steps 7-12 made bind groups"
    );
    assert!(after.dispatches > after_first.dispatches);
    assert!(
        last < first,
        "training did not reduce the loss: {first} -> {last}"
    );
}

#[test]
fn dispatches_are_batched_until_a_sync_point() {
    let gpu = Gpu::from_env().unwrap();
    let x = Tensor::from_f32(&gpu, &[1.0, -2.0, 3.0], &[3]).unwrap();
    let before = gpu.counters();
    let mut y = x.clone();
    for _ in 0..50 {
        y = ew::unary(&y, Unary::Neg).unwrap();
    }
    let mid = gpu.counters();
    assert_eq!(mid.submits, before.submits, "recording must not submit");
    assert_eq!(mid.dispatches - before.dispatches, 50);
    assert_eq!(y.to_f32().unwrap(), vec![1.0, -2.0, 3.0]);
    assert_eq!(
        gpu.counters().submits - before.submits,
        1,
        "one submit for the whole batch"
    );
}

#[test]
fn launches_sharing_a_bind_group_read_their_own_parameters() {
    // acc += x * k for k = 1..8 in one batch. Each product and each old sum goes back to the
    // pool before the next one is made, so the launches keep binding the same few buffers
    // (the same bind groups); only the parameter slot, chosen by the dynamic offset, gives
    // each scaling its own k.
    let gpu = Gpu::from_env().unwrap();
    let x = Tensor::from_f32(&gpu, &[1.0, 2.0, 3.0], &[3]).unwrap();
    let mut acc = ew::fill(&gpu, &[3], 0.0).unwrap();
    gpu.sync().unwrap();
    let before = gpu.counters();
    for k in 1..=8 {
        let y = ew::unary(&x, Unary::MulScalar(k as f32)).unwrap();
        acc = ew::binary(&acc, &y, Binary::Add).unwrap();
    }
    let made = gpu.counters().bind_groups_created - before.bind_groups_created;
    assert_eq!(acc.to_f32().unwrap(), vec![36.0, 72.0, 108.0]);
    assert_eq!(gpu.counters().submits - before.submits, 1, "one batch");
    assert!(made <= 4, "{made} bind groups for 16 launches");
}

#[test]
fn several_tensors_come_back_with_one_sync_point() {
    let gpu = Gpu::from_env().unwrap();
    let a = Tensor::from_f32(&gpu, &[1.0, 2.0, 3.0], &[3]).unwrap();
    let empty = Tensor::from_f32(&gpu, &[], &[0]).unwrap();
    // three f16 values end mid-word, so the next tensor's offset must still be aligned
    let h = Tensor::from_f32_as_f16(&gpu, &[0.5, -1.0, 2.0], &[3]).unwrap();
    let s = ew::unary(&a, Unary::Neg).unwrap();
    let s = reduce_all(&s, Reduce::Sum).unwrap();
    let i = Tensor::from_i32(&gpu, &[-7], &[1]).unwrap();
    let before = gpu.counters().submits;
    let many = gpu.read_bytes_many(&[&a, &empty, &h, &s, &i]).unwrap();
    assert_eq!(
        gpu.counters().submits - before,
        1,
        "one submit for all five"
    );
    for (t, bytes) in [&a, &empty, &h, &s, &i].iter().zip(&many) {
        assert_eq!(bytes, &gpu.read_bytes(t).unwrap());
    }
    assert_eq!(many[3], (-6.0f32).to_le_bytes());
    let d = reduce_all(&a, Reduce::Mean).unwrap();
    assert_eq!(Tensor::scalars(&[&s, &d]).unwrap(), vec![-6.0, 2.0]);
    assert!(matches!(
        Tensor::scalars(&[&s, &a]),
        Err(Error::Shape { .. })
    ));
    // whole tensors of both float types, one sync point; other types are refused
    let before = gpu.counters().submits;
    let values = Tensor::to_f32_many(&[&h, &a, &empty, &s]).unwrap();
    assert_eq!(gpu.counters().submits - before, 1);
    assert_eq!(
        values,
        vec![
            vec![0.5, -1.0, 2.0],
            vec![1.0, 2.0, 3.0],
            vec![],
            vec![-6.0]
        ]
    );
    assert!(Tensor::to_f32_many(&[&a, &i]).is_err());
    assert!(Tensor::to_f32_many(&[]).unwrap().is_empty());
}

#[test]
fn pipelines_are_cached_per_specialisation() {
    let gpu = Gpu::from_env().unwrap();
    let x = Tensor::from_f32(&gpu, &[0.5; 10], &[10]).unwrap();
    ew::unary(&x, Unary::Exp).unwrap();
    let one = gpu.counters().pipelines_created;
    ew::unary(&x, Unary::Exp).unwrap();
    ew::unary(&x, Unary::Exp).unwrap();
    assert_eq!(gpu.counters().pipelines_created, one);
    ew::unary(&x, Unary::Log).unwrap();
    assert_eq!(
        gpu.counters().pipelines_created,
        one + 1,
        "another OP is another pipeline"
    );
}

#[test]
fn grids_over_65535_workgroups_fold_into_2d() {
    let gpu = common::gpu();
    // 65 535 * 256 + 300 elements need 65 537 workgroups of 256.
    let n = 65_535 * 256 + 300;
    let x = ew::fill(gpu, &[n], 2.0).unwrap();
    let y = ew::unary(&x, Unary::Square).unwrap().to_f32().unwrap();
    assert!(
        y.iter().all(|&v| v == 4.0),
        "some element past the fold was missed"
    );
    // Reductions with more than 65 535 outputs fold too.
    let rows = 70_000;
    let m = ew::fill(gpu, &[rows, 3], 1.0).unwrap();
    let (s, _) = reduce_axis(&m, 1, Reduce::Sum).unwrap();
    assert!(s.to_f32().unwrap().iter().all(|&v| v == 3.0));
}

#[test]
fn results_are_bit_identical_run_to_run() {
    let gpu = common::gpu();
    let x = normal(gpu, &[300_001], key(9), 0.0, 1.0).unwrap();
    let a = reduce_all(&x, Reduce::Sum).unwrap().to_f32().unwrap();
    let b = reduce_all(&x, Reduce::Sum).unwrap().to_f32().unwrap();
    assert_eq!(a[0].to_bits(), b[0].to_bits());
    // The EMA codebook update sums per code in row order: bit-identical too.
    let ema = || {
        use wgtrain::kernels::vq_ema::{ema_update, EmaState};
        let x = normal(gpu, &[5000, 16], key(20), 0.0, 1.0).unwrap();
        let idx = Tensor::from_u32(
            gpu,
            &(0..5000u32).map(|i| (i * 13) % 97).collect::<Vec<_>>(),
            &[5000],
        )
        .unwrap();
        let (c, w, cb) = (
            ew::fill(gpu, &[97], 0.0).unwrap(),
            normal(gpu, &[97, 16], key(21), 0.0, 1.0).unwrap(),
            ew::fill(gpu, &[97, 16], 0.0).unwrap(),
        );
        ema_update(
            &x,
            &idx,
            &EmaState {
                cluster_size: &c,
                ema_w: &w,
                codebook: &cb,
            },
            0.99,
            1e-5,
        )
        .unwrap();
        cb.to_f32()
            .unwrap()
            .iter()
            .map(|v| v.to_bits())
            .collect::<Vec<_>>()
    };
    assert_eq!(ema(), ema());
    let s1 = Step::new(gpu).run();
    let s2 = Step::new(gpu).run();
    assert_eq!(s1.to_bits(), s2.to_bits(), "same seed, same loss");
}

#[test]
fn shape_mismatches_name_both_shapes() {
    let gpu = common::gpu();
    let a = Var::constant(Tensor::from_f32(gpu, &[0.0; 6], &[2, 3]).unwrap());
    let b = Var::constant(Tensor::from_f32(gpu, &[0.0; 8], &[4, 2]).unwrap());
    let e = a.matmul(&b).unwrap_err().to_string();
    assert!(e.contains("[2, 3]") && e.contains("[4, 2]"), "{e}");
    let c = Var::constant(Tensor::from_f32(gpu, &[0.0; 4], &[4]).unwrap());
    let e = a.add(&c).unwrap_err().to_string();
    assert!(e.contains("[4]") && e.contains("[2, 3]"), "{e}");
    assert!(matches!(
        Tensor::from_f32(gpu, &[1.0; 5], &[2, 3]),
        Err(Error::Shape { .. })
    ));
}

#[test]
fn buffers_over_the_adapter_limit_are_refused_with_sizes() {
    let gpu = common::gpu();
    let limit = gpu.max_binding_bytes();
    let n = (limit / 4 + 1) as usize;
    match gpu.empty(&[n], wgtrain::DType::F32, "test_op") {
        Err(Error::BufferTooLarge {
            op,
            bytes,
            limit: l,
            ..
        }) => {
            assert_eq!(op, "test_op");
            assert!(bytes > l);
        }
        other => panic!("expected BufferTooLarge, got {other:?}"),
    }
    // the advice says which kind of buffer it is: an activation (shrink the batch) or, while
    // a model is being built, a weight (shrink the layer), where it always said "batch"
    let e = gpu
        .empty(&[n], wgtrain::DType::F32, "x")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("activation") && e.contains("smaller batch"),
        "{e}"
    );
    let e = wgtrain::gpu::allocating_weights("the test model", "lower --width", || {
        gpu.empty(&[n], wgtrain::DType::F32, "x")
    })
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("weight of the test model")
            && e.contains("lower --width")
            && !e.contains("batch"),
        "{e}"
    );
    // and the label ends with the closure
    let e = gpu
        .empty(&[n], wgtrain::DType::F32, "x")
        .unwrap_err()
        .to_string();
    assert!(e.contains("activation"), "{e}");
}

#[test]
fn a_missing_adapter_lists_the_ones_that_exist() {
    let e = Gpu::new(&AdapterChoice {
        backend: None,
        adapter: Some("no-such-gpu-xyz".into()),
    })
    .unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, Error::AdapterNotFound { .. }));
    assert!(
        text.contains("no-such-gpu-xyz") && text.contains("[0]"),
        "{text}"
    );
    let e = Gpu::new(&AdapterChoice {
        backend: Some("glide".into()),
        adapter: None,
    })
    .unwrap_err();
    assert!(e.to_string().contains("glide"), "{e}");
}

#[test]
fn second_order_through_a_parameterless_graph_is_an_error_not_a_panic() {
    let gpu = common::gpu();
    let x = Var::param(Tensor::from_f32(gpu, &[1.0, 2.0], &[2]).unwrap());
    let e = backward(&x, &[&x]).unwrap_err();
    assert!(e.to_string().contains("one-element"), "{e}");
}

/// The autotune: an unknown WGTRAIN_AUTOTUNE value is an error listing the values; a tuned
/// pick lands in the cache file (atomically written, this device's entry); a corrupt or
/// foreign cache file is ignored, never fatal, and replaced by the next pick; whatever it
/// picks computes the same product (every matmul variant runs the same fma sequence).
#[test]
fn autotune_picks_are_cached_and_bad_caches_are_ignored() {
    use wgtrain::gpu::Autotune;
    use wgtrain::kernels::matmul::{matmul, matmul_with, Variant};
    let err = Autotune::parse("fast").unwrap_err().to_string();
    assert!(err.contains("off, on, refresh"), "{err}");
    assert_eq!(Autotune::parse("off").unwrap(), Autotune::Off);

    // a device of its own: the mode and cache are per device
    let gpu = Gpu::from_env().unwrap();
    // shader compiles count against the budget: a busy machine must not cut the tuning short
    gpu.set_autotune_budget(std::time::Duration::from_secs(120));
    let dir = std::env::temp_dir().join(format!("wgtrain-autotune-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let cache = dir.join("autotune.json");
    let a = normal(&gpu, &[37, 64], key(1), 0.0, 1.0).unwrap();
    let b = normal(&gpu, &[64, 20], key(2), 0.0, 1.0).unwrap();
    let reference = matmul_with(&a, &b, false, false, Variant::General)
        .unwrap()
        .to_f32()
        .unwrap();
    for bad in ["{ not json", "{\"something\": \"else\"}"] {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&cache, bad).unwrap();
        gpu.set_autotune(Autotune::Refresh, Some(cache.clone()));
        let c = matmul(&a, &b, false, false).unwrap().to_f32().unwrap();
        assert_eq!(c, reference);
        let text = std::fs::read_to_string(&cache).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let devices = doc["devices"].as_object().unwrap();
        assert_eq!(devices.len(), 1, "{text}");
        let picks = devices.values().next().unwrap().as_object().unwrap();
        let (shape, pick) = picks.iter().next().unwrap();
        assert!(shape.starts_with("matmul/"), "{shape}");
        assert!(
            Variant::from_name(pick.as_str().unwrap()).is_some(),
            "{pick}"
        );
        assert!(!dir.join("autotune.json.tmp").exists());
    }
    // `on` reads the pick back instead of timing again (the file is left as it is)
    let before = std::fs::read_to_string(&cache).unwrap();
    gpu.set_autotune(Autotune::On, Some(cache.clone()));
    assert_eq!(
        matmul(&a, &b, false, false).unwrap().to_f32().unwrap(),
        reference
    );
    assert_eq!(std::fs::read_to_string(&cache).unwrap(), before);
    let _ = std::fs::remove_dir_all(&dir);
}

/// The conv autotune: a tuned pick lands in the cache under the conv's shape class, the
/// variants it timed and discarded are not recorded as used, and the result is the picked
/// variant's own.
#[test]
fn conv_autotune_caches_its_pick_and_records_only_what_ran() {
    use wgtrain::gpu::Autotune;
    use wgtrain::kernels::conv::{conv2d_forward, ConvGeom, ConvVariant, Padding};
    use wgtrain::kernels::epilogue::Epilogue;
    let gpu = Gpu::from_env().unwrap();
    let dir = std::env::temp_dir().join(format!("wgtrain-conv-tune-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let cache = dir.join("autotune.json");
    // the 1 s budget would be mostly shader compiles here (the im2col candidate's matmul is
    // tuned too); on a busy machine the tuning could end incomplete, and then nothing is cached
    gpu.set_autotune_budget(std::time::Duration::from_secs(120));
    gpu.set_autotune(Autotune::Refresh, Some(cache.clone()));
    let g = ConvGeom::conv2d(2, 8, 9, 7, 3, 3, 1, Padding::Symmetric(1)).unwrap();
    let x = normal(&gpu, &g.image_shape(), key(5), 0.0, 1.0).unwrap();
    let w = normal(&gpu, &[20, 8, 3, 3], key(6), 0.0, 1.0).unwrap();
    gpu.clear_variants_used();
    let y = conv2d_forward(&x, &w, &g, Epilogue::NONE, ConvVariant::Auto)
        .unwrap()
        .to_f32()
        .unwrap();
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&cache).unwrap()).unwrap();
    let picks = doc["devices"].as_object().unwrap().values().next().unwrap();
    let (shape, pick) = picks
        .as_object()
        .unwrap()
        .iter()
        .find(|(k, _)| k.starts_with("conv/conv2d_forward/"))
        .unwrap_or_else(|| panic!("no conv pick in {picks}"));
    assert!(shape.ends_with("k3x3s1"), "{shape}");
    let pick = ConvVariant::from_name(pick.as_str().unwrap()).unwrap();
    let conv_used: Vec<String> = gpu
        .variants_used()
        .into_iter()
        .filter(|v| v.starts_with("conv/"))
        .collect();
    assert_eq!(conv_used, vec![format!("conv/{}", pick.name())]);
    let forced = conv2d_forward(&x, &w, &g, Epilogue::NONE, pick).unwrap();
    assert_eq!(y, forced.to_f32().unwrap());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A forced variant runs wherever it can and is recorded; `Off` pins the class default.
#[test]
fn forced_variants_run_and_are_recorded() {
    use wgtrain::gpu::Autotune;
    use wgtrain::kernels::matmul::{matmul, pick, Variant};
    let gpu = Gpu::from_env().unwrap();
    gpu.set_autotune(Autotune::Off, None);
    let a = normal(&gpu, &[40, 24], key(3), 0.0, 1.0).unwrap();
    let b = normal(&gpu, &[24, 12], key(4), 0.0, 1.0).unwrap();
    gpu.force_variant("matmul", Some("tiled64"));
    gpu.clear_variants_used();
    matmul(&a, &b, false, false).unwrap();
    assert_eq!(gpu.variants_used(), vec!["matmul/tiled64".to_string()]);
    gpu.force_variant("matmul", None);
    gpu.clear_variants_used();
    matmul(&a, &b, false, false).unwrap();
    let default = pick(&gpu, Variant::Auto, 40, 12, 24, false, false, false).unwrap();
    assert_eq!(
        gpu.variants_used(),
        vec![format!("matmul/{}", default.name())]
    );
}
