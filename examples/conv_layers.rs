//! Time each convolution op (forward, input gradient, weight gradient) per variant on the
//! conv geometries of the VQ-VAE (default) or the VAE-GAN (`CONV_LAYERS=vaegan`) at B16.
//! `cargo run --release --example conv_layers` (the per-layer figures in benches/RESULTS.md).

use std::time::Instant;
use wgtrain::kernels::conv::{self, ConvGeom, ConvVariant, Padding};
use wgtrain::kernels::epilogue::Epilogue;
use wgtrain::kernels::random::{uniform, RngKey};
fn key(s: u32) -> RngKey {
    RngKey {
        seed: 1,
        stream: s,
        offset: 0,
    }
}
fn main() {
    let gpu = wgtrain::Gpu::from_env().unwrap();
    // (label, n, c, h, o, k, s, p)
    let vaegan = std::env::var("CONV_LAYERS").as_deref() == Ok("vaegan");
    let layers = if vaegan {
        vec![
            ("enc1", 16, 3, 128, 48, 3, 1, 1),
            ("enc2", 16, 48, 64, 48, 3, 1, 1),
            ("enc3", 16, 48, 32, 48, 3, 1, 1),
        ]
    } else {
        vec![
            ("enc0", 16, 3, 128, 64, 4, 2, 1),
            ("enc2", 16, 64, 64, 128, 4, 2, 1),
            ("enc4", 16, 128, 32, 256, 3, 1, 1),
            ("res3", 16, 256, 32, 32, 3, 1, 1),
            ("res1", 16, 32, 32, 256, 1, 1, 0),
            ("dec0", 16, 256, 32, 128, 3, 1, 1),
            ("dec2T", 16, 64, 64, 128, 4, 2, 1),
            ("dec4T", 16, 3, 128, 64, 4, 2, 1),
        ]
    };
    for (label, n, c, h, o, k, s, p) in layers {
        let g = ConvGeom::conv2d(n, c, h, h, k, k, s, Padding::Symmetric(p)).unwrap();
        let x = uniform(&gpu, &[n, c, h, h], key(1), -1.0, 1.0).unwrap();
        let w = uniform(&gpu, &[o, c, k, k], key(2), -1.0, 1.0).unwrap();
        let dy = uniform(&gpu, &[n, o, g.ho, g.wo], key(4), -1.0, 1.0).unwrap();
        let mut line = format!("{label:6}");
        for v in ConvVariant::ALL {
            if v.unsupported_reason(&gpu).is_some() {
                continue;
            }
            let mut t3 = [0.0; 3];
            for rep in 0..3 {
                let t = Instant::now();
                drop(conv::conv2d_forward(&x, &w, &g, Epilogue::NONE, v).unwrap());
                gpu.sync().unwrap();
                let a = t.elapsed().as_secs_f64() * 1e3;
                let t = Instant::now();
                drop(conv::conv2d_backward_input(&dy, &w, &g, Epilogue::NONE, v).unwrap());
                gpu.sync().unwrap();
                let b = t.elapsed().as_secs_f64() * 1e3;
                let t = Instant::now();
                drop(conv::conv2d_backward_weight(&x, &dy, &g, v).unwrap());
                gpu.sync().unwrap();
                let c = t.elapsed().as_secs_f64() * 1e3;
                if rep > 0 {
                    t3 = [t3[0] + a / 2.0, t3[1] + b / 2.0, t3[2] + c / 2.0];
                }
            }
            line += &format!(
                "  {}: fwd {:6.1} bin {:6.1} bw {:6.1}",
                v.name(),
                t3[0],
                t3[1],
                t3[2]
            );
        }
        println!("{line}");
    }
}
