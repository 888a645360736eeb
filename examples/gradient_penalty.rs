//! The WGAN-GP term through real second-order gradients: differentiate a critic's output with
//! respect to its input, keep that graph, and back-propagate a penalty on the gradient's norm
//! into the critic's parameters. `cargo run --release --example gradient_penalty`

use wgtrain::autograd::{backward, backward_with_graph, Var};
use wgtrain::kernels::random::{normal, RngKey};
use wgtrain::nn::{Forward, Linear};
use wgtrain::Gpu;

fn main() -> wgtrain::Result<()> {
    let gpu = Gpu::from_env()?;
    let key = |stream| RngKey {
        seed: 7,
        stream,
        offset: 0,
    };
    let fc1 = Linear::with_key(&gpu, 8, 16, true, key(0))?;
    let fc2 = Linear::with_key(&gpu, 16, 1, true, key(2))?;
    let x = Var::param(normal(&gpu, &[4, 8], key(4), 0.0, 1.0)?);

    let d = fc2.forward(&fc1.forward(&x)?.leaky_relu(0.2)?.sigmoid()?)?;
    // ∂D/∂x per sample, with its graph kept so it can be differentiated again.
    let dx = backward_with_graph(&d.sum()?, &[&x])?
        .remove(0)
        .expect("D depends on x");
    let gp = dx.norm_axis(1)?.add_scalar(-1.0)?.square()?.mean()?;

    let params = [&fc1.weight, fc1.bias.as_ref().unwrap(), &fc2.weight];
    let grads = backward(&gp, &params)?;
    println!("gradient penalty = {:.6}", gp.value().scalar()?);
    for (name, g) in ["fc1.weight", "fc1.bias", "fc2.weight"].iter().zip(grads) {
        let g = g
            .expect("the penalty depends on every weight")
            .value()
            .to_f32()?;
        let norm = g.iter().map(|v| v * v).sum::<f32>().sqrt();
        println!("‖∂GP/∂{name}‖ = {norm:.6}");
    }
    Ok(())
}
