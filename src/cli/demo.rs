//! The default command: check every kernel on this adapter, then train the Pokemon VAE (seed
//! 004, at a size that finishes in minutes on a CPU) on the built-in emoji and write samples
//! and a bilinear interpolation grid.

use super::DeviceArgs;
use std::path::PathBuf;
use wgtrain::check;
use wgtrain::io::image::{grid, list_images, load_rgb, save_png};
use wgtrain::io::plot::viewable_grid;
use wgtrain::models::pokemon_vae::{corner_grid, normal_latents, PokemonVae};
use wgtrain::train::pokemon_vae::{run_outputs, train, TrainOptions};

#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// Epochs of training (about 4 s each on a 2-core CPU through lavapipe).
    #[arg(long, default_value_t = 40)]
    epochs: usize,
    /// Image folder to train on.
    #[arg(long, default_value = "data/emoji40")]
    data: PathBuf,
    /// Where the run goes (the run directory name is derived from it, as the original does).
    #[arg(long, default_value = "runs/demo")]
    output_dir: String,
    /// Skip the kernel check.
    #[arg(long)]
    no_check: bool,
    /// Run again over an earlier demo in the same place: delete its checkpoints, metrics and
    /// logs first (without it, an earlier demo's folder is refused).
    #[arg(long)]
    overwrite: bool,
    /// Keep only the newest N checkpoints (0: all; each is about 75 MB with Adam's state).
    #[arg(
        long = "keep-last",
        alias = "keep_last",
        value_name = "N",
        default_value_t = 2
    )]
    keep_last: usize,
    /// Write the final checkpoint with the weights only (a third of the size; not resumable).
    #[arg(long = "weights-only", alias = "weights_only")]
    weights_only: bool,
}

impl Default for DemoArgs {
    fn default() -> Self {
        DemoArgs {
            epochs: 40,
            data: PathBuf::from("data/emoji40"),
            output_dir: "runs/demo".into(),
            no_check: false,
            overwrite: false,
            keep_last: 2,
            weights_only: false,
        }
    }
}

pub fn run(dev: &DeviceArgs, args: &DemoArgs) -> anyhow::Result<()> {
    // the built-in emoji from any working folder: beside the executable or in the source tree
    let data = wgtrain::train::locate(&args.data, "--data")?;
    let opts = TrainOptions {
        data: data.clone(),
        hidden_size: 512,
        latent_size: 16,
        batch_size: 64,
        output_dir: args.output_dir.clone(),
        epoch: args.epochs,
        lr: 1e-3,
        save_period: 10,
        warmup_epochs: 2,
        overwrite: args.overwrite,
        keep_last: args.keep_last,
        weights_only: args.weights_only,
        ..TrainOptions::default()
    };
    // an earlier demo in the way is said now, not after the kernel check (training deletes it
    // under --overwrite, once it holds the folder)
    let dir = opts.run_dir();
    if !args.overwrite && !run_outputs(&dir).existing().is_empty() {
        anyhow::bail!(
            "{} holds an earlier demo run: `wgtrain demo --overwrite` replaces it, \
             `wgtrain demo --output-dir DIR` puts the new one elsewhere",
            dir.display()
        );
    }
    let gpu = dev.open()?;
    println!(
        "wgtrain demo on {} ({:?})",
        gpu.info().name,
        gpu.info().backend
    );
    if !args.no_check {
        let rows = check::run(&gpu, None, 1)?;
        let failed: Vec<_> = rows.iter().filter(|r| !r.pass).collect();
        println!(
            "kernel check: {} comparisons against the CPU reference, {} failed",
            rows.len(),
            failed.len()
        );
        for r in &failed {
            println!(
                "  FAIL {} {}: scaled error {:.3e} > bound {:.3e}",
                r.kernel, r.shape, r.scaled_err, r.bound
            );
        }
        if !failed.is_empty() {
            anyhow::bail!("some kernels disagree with their CPU reference on this adapter; `wgtrain check` shows the table");
        }
    }

    wgtrain::train::install_ctrl_c();
    println!(
        "training the Pokemon VAE (hidden 512, batch 64, {} epochs) on {}; TensorBoard: tensorboard --logdir {}",
        opts.epoch,
        opts.data.display(),
        opts.run_dir().display()
    );
    let summary = train(&gpu, &opts, &mut super::say)?;
    if !wgtrain::dist::world().is_root() {
        return Ok(()); // data-parallel: rank 0 draws the pictures
    }
    let ckpt = summary
        .last_checkpoint
        .ok_or_else(|| anyhow::anyhow!("no checkpoint was written"))?;
    let (tensors, _) = wgtrain::io::checkpoint::load(&ckpt)?;
    let model = PokemonVae::from_state_dict(&gpu, &tensors)?;
    let s = model.config.input_size;
    let l = model.config.latent;

    let z = normal_latents(64, l, 0);
    let samples = summary.run_dir.join("samples.png");
    let g = grid(&model.decode_host(&z)?, 3, s, s, 8);
    save_png(&samples, &viewable_grid(&g, None, &[])?)?;

    // Bilinear interpolation between four training images: four distinct emoji when the
    // built-in set is used, else the seed's vis2 corners (indices 9, 10, 12, 11).
    let files = list_images(&data)?;
    let named: Vec<PathBuf> = ["grinning-face", "red-apple", "frog", "blue-heart"]
        .iter()
        .map(|n| data.join(format!("{n}.png")))
        .collect();
    let corner_files: Vec<PathBuf> = if named.iter().all(|p| p.exists()) {
        named
    } else {
        [9usize, 10, 12, 11]
            .iter()
            .map(|&i| files[i % files.len()].clone())
            .collect()
    };
    let corners: Vec<Vec<f32>> = corner_files
        .iter()
        .map(|f| load_rgb(f, s as u32))
        .collect::<Result<_, _>>()?;
    let mus = model.encode_mu_host(&corners)?;
    let steps = 10;
    let zs = corner_grid([&mus[0], &mus[1], &mus[2], &mus[3]], steps, false);
    let interp = summary.run_dir.join("bilinear_interpolation.png");
    let g = grid(&model.decode_host(&zs)?, 3, s, s, steps);
    save_png(&interp, &viewable_grid(&g, None, &[])?)?;
    println!(
        "done: {:.0} images/s; wrote {}, {} and {}",
        summary.images_per_s,
        samples.display(),
        interp.display(),
        summary.run_dir.join("loss_curve.png").display()
    );
    Ok(())
}
