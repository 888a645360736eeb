//! `wgtrain vqvae train | reconstruct | encode --config FILE` (seed 001).

use super::DeviceArgs;
use std::path::PathBuf;
use wgtrain::train::vqvae::{
    encode, load_images, load_model, reconstruct, train, RunOptions, VqVaeFile,
};

#[derive(clap::Subcommand, Debug)]
pub enum VqVaeCommand {
    /// Train as the seed's train_vqvae.py: MSE + 0.25·commitment, clip-norm 1.0, Adam, EMA
    /// codebook; a reconstruction grid of a fixed batch and the checkpoint every epoch.
    Train {
        #[command(flatten)]
        cfg: ConfigArg,
        /// Continue from the task's checkpoint (epoch and optimizer state) if it exists.
        #[arg(long)]
        resume: bool,
        /// Start over in a folder that holds an earlier run: delete its checkpoints, metrics, grids
        /// and TensorBoard logs first (without it such a folder is refused).
        #[arg(long, conflicts_with = "resume")]
        overwrite: bool,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
    },
    /// Originals beside their reconstructions (the seed's infer_vqvae reconstruct).
    Reconstruct {
        #[command(flatten)]
        cfg: ConfigArg,
        /// Weights (default: the task's checkpoint); a PyTorch state_dict as safetensors works too.
        #[arg(long)]
        weights: Option<PathBuf>,
        /// How many images.
        #[arg(long, default_value_t = 100)]
        count: usize,
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Output PNG (default: {task}/output/reconstruction.png).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Every image's 32x32 code map, in file order, as one safetensors file (int64) for the LSTM prior.
    Encode {
        #[command(flatten)]
        cfg: ConfigArg,
        #[arg(long)]
        weights: Option<PathBuf>,
        /// Output file (default: {task}/output/encodings.safetensors).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(clap::Args, Debug)]
pub struct ConfigArg {
    /// TOML config with [model_params] and [train_params] (see configs/).
    #[arg(long, default_value = "configs/vqvae_naruto.toml")]
    config: PathBuf,
}

/// The config, the model from `weights` (default: the task's checkpoint) and the data images.
fn model_and_images(
    gpu: &wgtrain::Gpu,
    config: &std::path::Path,
    weights: Option<&std::path::Path>,
    warn: &mut dyn FnMut(String),
) -> anyhow::Result<(VqVaeFile, wgtrain::models::vqvae::VqVae, Vec<Vec<f32>>)> {
    let file = VqVaeFile::load(config)?;
    let w = weights
        .map(PathBuf::from)
        .unwrap_or_else(|| file.task_dir().join(&file.train_params.ckpt_name));
    let model = load_model(gpu, &file.model_params, &w)?;
    let (_, images) = load_images(&file.train_params.data, file.model_params.image_size, warn)?;
    Ok((file, model, images))
}

pub fn run(dev: &DeviceArgs, cmd: &VqVaeCommand) -> anyhow::Result<()> {
    let gpu = dev.open()?;
    let mut warn = |m: String| eprintln!("{m}");
    match cmd {
        VqVaeCommand::Train {
            cfg,
            resume,
            overwrite,
            quiet,
        } => {
            let file = VqVaeFile::load(&cfg.config)?;
            wgtrain::train::install_ctrl_c();
            let s = train(
                &gpu,
                &file,
                &RunOptions {
                    resume: *resume,
                    overwrite: *overwrite,
                    stop_after: None,
                    progress: !quiet,
                },
                &mut warn,
            )?;
            println!(
                "{}; checkpoint {}; grids in {}/results",
                wgtrain::train::epochs_done(
                    s.first_epoch,
                    s.epoch_losses.len(),
                    file.train_params.epochs
                ),
                s.checkpoint.display(),
                file.task_dir().display()
            );
        }
        VqVaeCommand::Reconstruct {
            cfg,
            weights,
            count,
            seed,
            out,
        } => {
            let (file, model, images) =
                model_and_images(&gpu, &cfg.config, weights.as_deref(), &mut warn)?;
            let out = out
                .clone()
                .unwrap_or_else(|| file.task_dir().join("output/reconstruction.png"));
            reconstruct(&gpu, &model, &images, *count, *seed, &out)?;
            println!("wrote {}", out.display());
        }
        VqVaeCommand::Encode { cfg, weights, out } => {
            let (file, model, images) =
                model_and_images(&gpu, &cfg.config, weights.as_deref(), &mut warn)?;
            let out = out
                .clone()
                .unwrap_or_else(|| file.task_dir().join("output/encodings.safetensors"));
            let n = encode(&gpu, &model, &images, &out)?;
            println!("wrote {n} code maps to {}", out.display());
        }
    }
    Ok(())
}
