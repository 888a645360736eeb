//! A small MLP learns y = sin(3x) on [-1, 1] from points it generates, with Adam and the MSE
//! loss: `cargo run --release --example mlp [steps]` prints a falling loss.

use wgtrain::autograd::{grad, no_grad, Var};
use wgtrain::nn::{functional::mse_loss, Forward, Init, Linear, Module, Sequential, Tanh};
use wgtrain::optim::{Adam, AdamHyper, Optimizer};
use wgtrain::{Gpu, Tensor};

fn main() -> wgtrain::Result<()> {
    let steps: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(500);
    let gpu = Gpu::from_env()?;
    let xs: Vec<f32> = (0..256).map(|i| i as f32 / 127.5 - 1.0).collect();
    let ys: Vec<f32> = xs.iter().map(|x| (3.0 * x).sin()).collect();
    let x = Var::constant(Tensor::from_f32(&gpu, &xs, &[256, 1])?);
    let y = Var::constant(Tensor::from_f32(&gpu, &ys, &[256, 1])?);

    let init = Init::new(&gpu, 0);
    let model = Sequential::new()
        .add(Linear::new(&init.sub(0), 1, 32, true)?)
        .add(Tanh)
        .add(Linear::new(&init.sub(2), 32, 32, true)?)
        .add(Tanh)
        .add(Linear::new(&init.sub(4), 32, 1, true)?);
    let mut opt = Adam::new(model.named_parameters(), AdamHyper::with_lr(1e-2))?;
    let params = model.parameters();
    for step in 0..steps {
        let loss = mse_loss(&model.forward(&x)?, &y)?;
        opt.step(&grad(&loss, &params)?)?;
        if step % 50 == 0 || step + 1 == steps {
            println!("step {step:4}  loss {:.6}", loss.value().scalar()?);
        }
    }
    // Inference records no graph.
    let fit = no_grad(|| model.forward(&x))?.value().to_f32()?;
    println!(
        "f({:.3}) = {:.3}; sin(3x) = {:.3}",
        xs[191], fit[191], ys[191]
    );
    Ok(())
}
