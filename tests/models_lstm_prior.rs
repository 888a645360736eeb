//! The LSTM prior (VQVAELSTM): PyTorch parity on the seed's model_state_dict (logits, loss and
//! gradients), the parameter count of the seed's config, and refusals of mismatched weights.

mod common;
use wgtrain::autograd::{backward, cross_entropy, no_grad};
use wgtrain::models::lstm_prior::{LstmParams, LstmPrior};
use wgtrain::Tensor;

fn fixture_params() -> LstmParams {
    LstmParams {
        embedding_dim: 6,
        hidden_size: 10,
        num_layers: 4,
        fc_hidden: 7,
        window: 5,
        ..LstmParams::default()
    }
}

fn ids_of(t: &wgtrain::io::checkpoint::NamedTensor) -> Vec<u32> {
    t.data.iter().map(|&v| v as u32).collect()
}

#[test]
fn logits_loss_and_gradients_equal_pytorch() {
    let gpu = common::gpu();
    let model = LstmPrior::new(gpu, 20, fixture_params(), 0).unwrap();
    model
        .load_state_dict(&common::fixture("lstm_prior_weights.safetensors"))
        .unwrap();
    let want = common::fixture("lstm_prior_expected.safetensors");
    let ids = common::named(&want, "ids");
    let ids_t = Tensor::from_u32(gpu, &ids_of(ids), &ids.shape).unwrap();
    // the windows hold START (20) and PAD (21) as the seed builds them
    assert!(ids_of(ids).contains(&21) && ids_of(ids).contains(&20));

    let logits = no_grad(|| model.forward(&ids_t)).unwrap();
    let expected = common::named(&want, "logits");
    assert_eq!(logits.shape(), expected.shape.as_slice());
    let d = common::max_rel_diff(&logits.value().to_f32().unwrap(), &expected.data);
    // 4 stacked layers of f32 sums over ≤ 16 terms: a few ulp each, far below 1e-5.
    assert!(d < 1e-5, "logits differ from PyTorch by {d:e}");

    let targets: Vec<i32> = common::named(&want, "targets")
        .data
        .iter()
        .map(|&v| v as i32)
        .collect();
    let tt = Tensor::from_i32(gpu, &targets, &[targets.len()]).unwrap();
    let logits = model.forward(&ids_t).unwrap();
    let loss = cross_entropy(&logits, &tt, -100).unwrap();
    let l = loss.value().to_f32().unwrap()[0];
    let lw = common::named(&want, "loss").data[0];
    assert!(((l - lw) / lw).abs() < 1e-6, "loss {l} vs PyTorch {lw}");

    let params = model.parameters();
    let find = |n: &str| params.iter().find(|(k, _)| k == n).unwrap().1.clone();
    let (b2, emb) = (find("fc.2.bias"), find("word_embedding.weight"));
    let grads = backward(&loss, &[&b2, &emb]).unwrap();
    for (g, name) in grads.iter().zip(["grad_fc2_bias", "grad_embedding"]) {
        let g = g.as_ref().unwrap().value().to_f32().unwrap();
        let d = common::max_rel_diff(&g, &common::named(&want, name).data);
        // backward through time chains ~3x the forward's operations
        assert!(d < 1e-5, "{name} differs from PyTorch by {d:e}");
    }
}

#[test]
fn the_seed_config_has_its_parameter_count() {
    let gpu = common::gpu();
    let model = LstmPrior::new(gpu, 4096, LstmParams::default(), 0).unwrap();
    let total: usize = model
        .parameters()
        .iter()
        .map(|(_, v)| v.value().numel())
        .sum();
    assert_eq!(total, 9_523_840); // spec §1.9
    assert_eq!(model.parameters()[1].0, "rnn.weight_ih_l0");
    assert_eq!((model.start_token(), model.pad_token()), (4096, 4097));
}

#[test]
fn mismatched_weights_are_refused_by_name() {
    let gpu = common::gpu();
    // a prior for a 32-code VQ-VAE cannot take the 20-code fixture
    let model = LstmPrior::new(gpu, 32, fixture_params(), 0).unwrap();
    let err = model
        .load_state_dict(&common::fixture("lstm_prior_weights.safetensors"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("word_embedding.weight") && err.contains("[22, 6]"),
        "{err}"
    );
    let bad = LstmParams {
        keep_ratio: 0.0,
        ..LstmParams::default()
    };
    assert!(LstmPrior::new(gpu, 32, bad, 0)
        .err()
        .unwrap()
        .to_string()
        .contains("keep_ratio"));
}
