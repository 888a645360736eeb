//! Seed 003's models: the language model (PyTorch parity on a small model — logits,
//! sentence embedding, loss, a gradient — and the seed config's parameter count), the
//! SceneDecoder and CaptionNetwork (parameter counts and names, PyTorch parity of a
//! training-mode forward, running statistics and gradients, caption generation).

mod common;
use wgtrain::autograd::{backward, cross_entropy, no_grad, Var};
use wgtrain::models::scene_lm::{LmConfig, SceneLm};
use wgtrain::nn::Module;
use wgtrain::Tensor;

fn small() -> LmConfig {
    LmConfig {
        vocab: 11,
        d_model: 16,
        heads: 2,
        layers: 2,
        d_ff: 32,
        max_len: 20,
        dropout: 0.0,
    }
}

#[test]
fn logits_embedding_and_gradients_equal_pytorch() {
    let gpu = common::gpu();
    let model = SceneLm::new(gpu, small(), 0).unwrap();
    model
        .load_weights(&common::fixture("scene_lm_weights.safetensors"))
        .unwrap();
    let want = common::fixture("scene_lm_expected.safetensors");
    let ids: Vec<u32> = common::named(&want, "ids")
        .data
        .iter()
        .map(|&v| v as u32)
        .collect();
    let mask = common::named(&want, "mask").data.clone();
    let ids = Tensor::from_u32(gpu, &ids, &[2, 7]).unwrap();
    let out = no_grad(|| model.forward(&ids, &mask, None)).unwrap();
    // two post-norm layers of f32 sums over ≤ 32 terms; LayerNorm renormalises: 1e-5 is ample
    let d = common::max_rel_diff(
        &out.logits.value().to_f32().unwrap(),
        &common::named(&want, "logits").data,
    );
    assert!(d < 1e-5, "logits differ from PyTorch by {d:e}");
    let emb = no_grad(|| model.embed(&out.hidden, &mask)).unwrap();
    let d = common::max_rel_diff(
        &emb.value().to_f32().unwrap(),
        &common::named(&want, "embedding").data,
    );
    assert!(d < 1e-5, "embedding differs from PyTorch by {d:e}");

    let labels: Vec<i32> = common::named(&want, "labels")
        .data
        .iter()
        .map(|&v| v as i32)
        .collect();
    let out = model.forward(&ids, &mask, None).unwrap();
    let lt = Tensor::from_i32(gpu, &labels, &[14]).unwrap();
    let loss = cross_entropy(&out.logits.reshape(&[14, 11]).unwrap(), &lt, -100).unwrap();
    let l = loss.value().scalar().unwrap();
    let lw = common::named(&want, "loss").data[0];
    assert!(((l - lw) / lw).abs() < 1e-5, "loss {l} vs {lw}");
    let emb_w: Var = model.token_embedding.clone();
    let g = backward(&loss, &[&emb_w]).unwrap()[0]
        .as_ref()
        .unwrap()
        .value()
        .to_f32()
        .unwrap();
    let d = common::max_rel_diff(&g, &common::named(&want, "grad_token_embedding").data);
    assert!(d < 1e-4, "token embedding gradient differs by {d:e}");
}

#[test]
fn the_seed_config_has_its_parameter_count() {
    let gpu = common::gpu();
    let model = SceneLm::new(gpu, LmConfig::default(), 0).unwrap();
    let n: usize = model
        .named_parameters()
        .iter()
        .map(|(_, v)| v.value().numel())
        .sum();
    assert_eq!(n, 19_516_490); // the original's count under PyTorch
                               // the deep-copied feed-forward biases are equal in every layer at init
    let b0 = model.layers[0]
        .linear1
        .bias
        .as_ref()
        .unwrap()
        .value()
        .to_f32()
        .unwrap();
    let b5 = model.layers[5]
        .linear1
        .bias
        .as_ref()
        .unwrap()
        .value()
        .to_f32()
        .unwrap();
    assert_eq!(b0, b5);
}

#[test]
fn training_dropout_changes_the_output_and_is_reproducible() {
    let gpu = common::gpu();
    let model = SceneLm::new(
        gpu,
        LmConfig {
            dropout: 0.1,
            ..small()
        },
        3,
    )
    .unwrap();
    let ids = Tensor::from_u32(gpu, &[1, 5, 6, 7, 2, 0, 0], &[1, 7]).unwrap();
    let mask = [1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0];
    let keys = |step| Some(wgtrain::models::scene_lm::DropoutKeys::new(1, step));
    let run = |k| {
        no_grad(|| model.forward(&ids, &mask, k))
            .unwrap()
            .logits
            .value()
            .to_f32()
            .unwrap()
    };
    let eval = run(None);
    let a = run(keys(0));
    assert_ne!(eval, a);
    assert_eq!(a, run(keys(0)));
    assert_ne!(a, run(keys(1)));
}

mod decoder_and_captioner {
    use super::common;
    use wgtrain::autograd::{backward, cross_entropy, Var};
    use wgtrain::kernels::random::{uniform, RngKey};
    use wgtrain::models::scene::{CaptionNetwork, SceneDecoder};
    use wgtrain::nn::Module;
    use wgtrain::Tensor;

    fn count(p: &[(String, Var)]) -> usize {
        p.iter().map(|(_, v)| v.value().numel()).sum()
    }

    #[test]
    fn parameter_counts_and_names_are_the_seeds() {
        let gpu = common::gpu();
        let plain = SceneDecoder::new(gpu, 512, 256, 128, false, 0).unwrap();
        assert_eq!(count(&plain.named_parameters()), 2_336_422); // the original's, under PyTorch
        assert_eq!(
            count(
                &SceneDecoder::new(gpu, 512, 256, 128, true, 0)
                    .unwrap()
                    .named_parameters()
            ),
            2_401_830
        );
        assert!(plain
            .named_parameters()
            .iter()
            .any(|(n, _)| n == "decoder.13.weight"));
        assert!(plain
            .named_buffers()
            .iter()
            .any(|(n, _)| n == "decoder.11.running_var"));
        let cap = CaptionNetwork::new(gpu, 74, 512, 256, 0.1, 0).unwrap();
        assert_eq!(count(&cap.named_parameters()), 2_353_738); // the original's, under PyTorch
        assert!(cap
            .named_parameters()
            .iter()
            .any(|(n, _)| n == "lstm.weight_hh_l1"));
    }

    #[test]
    fn text_to_scene_to_caption_runs_and_trains() {
        let gpu = common::gpu();
        let key = |s| RngKey {
            seed: 2,
            stream: s,
            offset: 0,
        };
        let dec = SceneDecoder::new(gpu, 512, 256, 128, false, 1).unwrap();
        let cap = CaptionNetwork::new(gpu, 12, 512, 256, 0.1, 1).unwrap();
        let emb = Var::constant(uniform(gpu, &[2, 512], key(1), -1.0, 1.0).unwrap());
        let out = dec.forward(&emb, true, None, None).unwrap();
        assert_eq!(out.scene.shape(), [2, 3, 64, 64]);
        let s = out.scene.value().to_f32().unwrap();
        assert!(s.iter().all(|v| (0.0..=1.0).contains(v)));
        let captions = Tensor::from_u32(gpu, &[1, 5, 6, 2, 0, 1, 7, 8, 9, 2], &[2, 5]).unwrap();
        let c = cap.forward(&out.scene, &captions, true, None).unwrap();
        assert_eq!(c.logits.shape(), [2, 5, 12]);
        assert_eq!(c.embedding.shape(), [2, 512]);
        // the caption loss reaches the decoder through the scene
        let labels =
            Tensor::from_i32(gpu, &[5, 6, 2, -100, -100, 7, 8, 9, 2, -100], &[10]).unwrap();
        let loss = cross_entropy(&c.logits.reshape(&[10, 12]).unwrap(), &labels, -100).unwrap();
        let w = dec.named_parameters()[0].1.clone();
        let g = backward(&loss, &[&w]).unwrap()[0].clone().unwrap();
        assert!(g.value().to_f32().unwrap().iter().any(|v| *v != 0.0));
        // training-mode BatchNorm moved the running statistics
        let rm = dec.named_buffers()[0].1.to_f32().unwrap();
        assert!(rm.iter().any(|v| *v != 0.0));
    }

    #[test]
    fn generated_captions_start_with_sos_stop_at_eos_and_replay_by_key() {
        let gpu = common::gpu();
        let key = |s| RngKey {
            seed: 4,
            stream: s,
            offset: 0,
        };
        let cap = CaptionNetwork::new(gpu, 12, 32, 256, 0.1, 5).unwrap();
        let scene = Var::constant(uniform(gpu, &[3, 3, 64, 64], key(1), 0.0, 1.0).unwrap());
        let (a, emb) = cap
            .generate_caption(&scene, 10, 1.0, key(2), false, None)
            .unwrap();
        assert_eq!(a.len(), 3);
        assert_eq!(emb.shape(), [3, 32]);
        for row in &a {
            assert_eq!(row[0], 1, "SOS first");
            assert!(row.len() <= 10 && row.iter().all(|&t| t < 12));
        }
        let (b, _) = cap
            .generate_caption(&scene, 10, 1.0, key(2), false, None)
            .unwrap();
        assert_eq!(a, b, "same key, same captions");
        // a captioner whose output bias makes EOS (2) certain stops after one step
        let mut bias = vec![-30.0f32; 12];
        bias[2] = 30.0;
        gpu.write(cap.output_projection.bias.as_ref().unwrap().value(), &bias)
            .unwrap();
        let (c, _) = cap
            .generate_caption(&scene, 10, 1.0, key(3), false, None)
            .unwrap();
        assert!(c.iter().all(|r| r == &vec![1, 2]), "{c:?}");
    }
}

/// SceneDecoder (both bottlenecks) and CaptionNetwork against PyTorch modules written from
/// the original's layers (tools/scene_models_fixture.py): one training-mode forward (BatchNorm on
/// batch statistics), the running statistics it leaves, and the gradients of a fixed loss.
mod pytorch_parity {
    use super::common;
    use wgtrain::autograd::{backward, cross_entropy, Var};
    use wgtrain::io::checkpoint::{restore, NamedTensor};
    use wgtrain::models::scene::{CaptionNetwork, SceneDecoder};
    use wgtrain::nn::Module;
    use wgtrain::Tensor;

    fn load(params: &[(String, Var)], buffers: &[(String, Tensor)], file: &str) {
        let w = common::fixture(file);
        for (n, v) in params {
            restore(&w, n, v.value(), file, "").unwrap();
        }
        for (n, t) in buffers {
            restore(&w, n, t, file, "").unwrap();
        }
    }

    /// A bias right before a training-mode BatchNorm: the batch mean removes it, so its
    /// gradient is 0 up to rounding.
    fn zero_in_exact_arithmetic(name: &str) -> bool {
        [
            "bottleneck.0.bias",
            "decoder.1.bias",
            "decoder.4.bias",
            "decoder.7.bias",
            "decoder.10.bias",
            "visual_encoder.0.bias",
            "visual_encoder.3.bias",
            "visual_encoder.6.bias",
            "visual_encoder.9.bias",
        ]
        .contains(&name)
    }

    fn tensor(want: &[NamedTensor], name: &str, shape: &[usize]) -> Tensor {
        Tensor::from_f32(common::gpu(), &common::named(want, name).data, shape).unwrap()
    }

    /// Gradients and running statistics: every one the fixture holds, to `tol` of its largest
    /// element.
    fn compare_all(
        want: &[NamedTensor],
        params: &[(String, Var)],
        grads: &[Option<Var>],
        buffers: &[(String, Tensor)],
        tol: f64,
    ) {
        let mut seen = 0;
        let max_abs = |v: &[f32]| v.iter().fold(0.0f64, |m, x| m.max(x.abs() as f64));
        for ((n, _), g) in params.iter().zip(grads) {
            if let Some(w) = want.iter().find(|t| t.name == format!("grad.{n}")) {
                let ours = g.as_ref().unwrap().value().to_f32().unwrap();
                if zero_in_exact_arithmetic(n) {
                    // both sides are rounding noise: small against the layer's weight gradient
                    let wn = n.replace(".bias", ".weight");
                    let weight_grad = params.iter().zip(grads).find(|((m, _), _)| *m == wn);
                    let scale = max_abs(
                        &weight_grad
                            .unwrap()
                            .1
                            .as_ref()
                            .unwrap()
                            .value()
                            .to_f32()
                            .unwrap(),
                    );
                    assert!(
                        max_abs(&ours) < 1e-4 * scale && max_abs(&w.data) < 1e-4 * scale,
                        "{n}: should be ~0, ours {:e} PyTorch {:e} (weight gradient {scale:e})",
                        max_abs(&ours),
                        max_abs(&w.data)
                    );
                    seen += 1;
                    continue;
                }
                let d = common::max_rel_diff(&ours, &w.data);
                assert!(d < tol, "gradient of {n} differs from PyTorch by {d:e}");
                seen += 1;
            }
        }
        for (n, t) in buffers {
            let w = common::named(want, &format!("after.{n}"));
            let d = common::max_rel_diff(&t.to_f32().unwrap(), &w.data);
            assert!(
                d < 1e-5,
                "{n} after the forward differs from PyTorch by {d:e}"
            );
        }
        assert!(seen >= 10, "only {seen} gradients compared");
    }

    #[test]
    fn scene_decoder_equals_pytorch_in_both_bottlenecks() {
        let gpu = common::gpu();
        for (use_vae, name) in [(false, "plain"), (true, "vae")] {
            let dec = SceneDecoder::new(gpu, 16, 16, 8, use_vae, 0).unwrap();
            let (params, buffers) = (dec.named_parameters(), dec.named_buffers());
            load(
                &params,
                &buffers,
                &format!("scene_{name}_weights.safetensors"),
            );
            let want = common::fixture(&format!("scene_{name}_expected.safetensors"));
            let emb = Var::constant(tensor(&want, "emb", &[3, 16]));
            let eps = tensor(&want, "eps", &[3, 8]);
            let out = dec.forward(&emb, true, None, Some(&eps)).unwrap();
            // BatchNorm statistics are sums over ≤ 3·64·64 values and the layers multiply a few
            // hundred terms: 1e-5 of the largest value is ~100 f32 ulps
            let d = common::max_rel_diff(
                &out.scene.value().to_f32().unwrap(),
                &common::named(&want, "scene").data,
            );
            assert!(d < 1e-5, "{name}: scene differs from PyTorch by {d:e}");
            let weight = Var::constant(tensor(&want, "weight", &[3, 3, 64, 64]));
            let loss = out.scene.mul(&weight).unwrap().sum().unwrap();
            let refs: Vec<&Var> = params.iter().map(|(_, v)| v).collect();
            let grads = backward(&loss, &refs).unwrap();
            // the backward adds BatchNorm's mean-gradient terms over 12 288 values (seen: 3e-6)
            compare_all(&want, &params, &grads, &buffers, 2e-5);
        }
    }

    #[test]
    fn caption_network_equals_pytorch() {
        let gpu = common::gpu();
        let cap = CaptionNetwork::new(gpu, 11, 16, 16, 0.0, 0).unwrap();
        let (params, buffers) = (cap.named_parameters(), cap.named_buffers());
        load(&params, &buffers, "scene_caption_weights.safetensors");
        let want = common::fixture("scene_caption_expected.safetensors");
        let scene = Var::constant(tensor(&want, "scene", &[3, 3, 64, 64]));
        let ids: Vec<u32> = common::named(&want, "captions")
            .data
            .iter()
            .map(|&v| v as u32)
            .collect();
        let captions = Tensor::from_u32(gpu, &ids, &[3, 6]).unwrap();
        let out = cap.forward(&scene, &captions, true, None).unwrap();
        for (ours, name) in [(&out.logits, "logits"), (&out.embedding, "embedding")] {
            let d = common::max_rel_diff(
                &ours.value().to_f32().unwrap(),
                &common::named(&want, name).data,
            );
            assert!(d < 1e-5, "{name} differs from PyTorch by {d:e}");
        }
        let targets: Vec<i32> = common::named(&want, "targets")
            .data
            .iter()
            .map(|&v| v as i32)
            .collect();
        let t = Tensor::from_i32(gpu, &targets, &[18]).unwrap();
        let weight = Var::constant(tensor(&want, "weight", &[3, 16]));
        let loss = cross_entropy(&out.logits.reshape(&[18, 11]).unwrap(), &t, -100)
            .unwrap()
            .add(&out.embedding.mul(&weight).unwrap().sum().unwrap())
            .unwrap();
        let (l, lw) = (
            loss.value().scalar().unwrap() as f64,
            common::named(&want, "loss").data[0] as f64,
        );
        assert!(((l - lw) / lw).abs() < 1e-5, "loss {l} vs {lw}");
        let refs: Vec<&Var> = params.iter().map(|(_, v)| v).collect();
        let grads = backward(&loss, &refs).unwrap();
        compare_all(&want, &params, &grads, &buffers, 2e-5);
    }
}
