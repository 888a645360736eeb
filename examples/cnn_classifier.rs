//! A small CNN learns to tell warm emoji from cool ones (more red than blue in the picture)
//! on data/emoji40, from batches of a seeded loader: `cargo run --release --example
//! cnn_classifier [steps] [folder]` prints a falling loss and the held-out accuracy.

use wgtrain::autograd::{grad, no_grad};
use wgtrain::data::{Batches, ImageFolder};
use wgtrain::nn::functional::{accuracy, cross_entropy};
use wgtrain::nn::{Conv2d, Conv2dConfig, Flatten, Forward, Init, Linear, Module, Relu, Sequential};
use wgtrain::optim::{Adam, AdamHyper, Optimizer};

fn main() -> wgtrain::Result<()> {
    let mut args = std::env::args().skip(1);
    let steps: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let root = args.next();
    let root = root
        .as_deref()
        .unwrap_or(concat!(env!("CARGO_MANIFEST_DIR"), "/data/emoji40"));
    let gpu = wgtrain::Gpu::from_env()?;
    let mut data = ImageFolder::open(root.as_ref(), 32)?;
    data.relabel(&["cool", "warm"], |_, img| {
        let n = img.len() / 3;
        (img[..n].iter().sum::<f32>() > img[2 * n..].iter().sum::<f32>()) as usize
    })?;
    let (train, held_out) = data.split(10); // every 10th image held out

    let init = Init::new(&gpu, 0);
    let down = Conv2dConfig::default().stride(2).padding(1);
    let model = Sequential::new()
        .add(Conv2d::new(&init.sub(0), 3, 8, 3, down)?) // 16 x 16
        .add(Relu)
        .add(Conv2d::new(&init.sub(2), 8, 16, 3, down)?) // 8 x 8
        .add(Relu)
        .add(Flatten)
        .add(Linear::new(&init.sub(5), 16 * 8 * 8, 2, true)?);
    let mut opt = Adam::new(model.named_parameters(), AdamHyper::with_lr(3e-3))?;
    let params = model.parameters();
    let batches = (0..).flat_map(|epoch| Batches::over(&train, 32, true, 7, epoch));
    for (step, picks) in batches.take(steps).enumerate() {
        let (x, labels) = data.batch(&gpu, &picks)?;
        let loss = cross_entropy(&model.forward(&x)?, &labels, -100)?;
        opt.step(&grad(&loss, &params)?)?;
        if step % 20 == 0 || step + 1 == steps {
            println!("step {step:4}  loss {:.4}", loss.value().scalar()?);
        }
    }
    model.eval();
    let (x, labels) = data.batch(&gpu, &held_out)?;
    let right = accuracy(&no_grad(|| model.forward(&x))?, &labels)?;
    let n = held_out.len() as f64;
    let warm = held_out.iter().filter(|&&i| data.labels[i] == 1).count() as f64;
    let base = 100.0 * warm.max(n - warm) / n;
    let right = 100.0 * right;
    println!("held-out accuracy {right:.1}% of {n} (larger class {base:.1}%)");
    Ok(())
}
