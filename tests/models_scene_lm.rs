//! The scene language model (seed 003, §3.2): PyTorch parity on a small model (logits,
//! sentence embedding, loss, a gradient) and the parameter count of the seed's config.

mod common;
use wgtrain::autograd::{backward, cross_entropy, no_grad, Var};
use wgtrain::models::scene_lm::{LmConfig, SceneLm};
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
        .load_state_dict(&common::fixture("scene_lm_weights.safetensors"))
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
        .parameters()
        .iter()
        .map(|(_, v)| v.value().numel())
        .sum();
    assert_eq!(n, 19_516_490); // spec §3.2
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
    let keys = |step| Some(wgtrain::models::scene_lm::DropoutKeys { seed: 1, step });
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
    use wgtrain::Tensor;

    fn count(p: &[(String, Var)]) -> usize {
        p.iter().map(|(_, v)| v.value().numel()).sum()
    }

    #[test]
    fn parameter_counts_and_names_are_the_seeds() {
        let gpu = common::gpu();
        let plain = SceneDecoder::new(gpu, 512, 256, 128, false, 0).unwrap();
        assert_eq!(count(&plain.parameters()), 2_336_422); // spec §3.3
        assert_eq!(
            count(
                &SceneDecoder::new(gpu, 512, 256, 128, true, 0)
                    .unwrap()
                    .parameters()
            ),
            2_401_830
        );
        assert!(plain
            .parameters()
            .iter()
            .any(|(n, _)| n == "decoder.13.weight"));
        assert!(plain
            .buffers()
            .iter()
            .any(|(n, _)| n == "decoder.11.running_var"));
        let cap = CaptionNetwork::new(gpu, 74, 512, 256, 0.1, 0).unwrap();
        assert_eq!(count(&cap.parameters()), 2_353_738); // spec §3.4
        assert!(cap
            .parameters()
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
        let w = dec.parameters()[0].1.clone();
        let g = backward(&loss, &[&w]).unwrap()[0].clone().unwrap();
        assert!(g.value().to_f32().unwrap().iter().any(|v| *v != 0.0));
        // training-mode BatchNorm moved the running statistics
        let rm = dec.buffers()[0].1.to_f32().unwrap();
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
