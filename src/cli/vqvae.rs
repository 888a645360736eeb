//! `wgtrain vqvae train | reconstruct | encode --config FILE` (seed 001).

use super::{DeviceArgs, DiskArgs, PrecisionArgs};
use std::path::PathBuf;
use wgtrain::train::vqvae::{
    encode, load_images, load_model, reconstruct, train, RunOptions, VqVaeFile,
};

#[derive(clap::Subcommand, Debug)]
pub enum VqVaeCommand {
    /// Train as the original's train_vqvae.py: MSE + 0.25·commitment, clip-norm 1.0, Adam, EMA
    /// codebook; a reconstruction grid of a fixed batch and the checkpoint every epoch.
    Train {
        #[command(flatten)]
        cfg: ConfigArg,
        /// Continue at the epoch after a checkpoint, with its optimizer state: `latest` (or a
        /// bare --resume) is the task's checkpoint, PATH another file.
        #[arg(long, num_args = 0..=1, default_missing_value = "latest", value_name = "PATH|latest")]
        resume: Option<String>,
        /// Start over in a folder that holds an earlier run: delete its checkpoints, metrics, grids
        /// and TensorBoard logs first (without it such a folder is refused).
        #[arg(long, conflicts_with = "resume")]
        overwrite: bool,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
        /// Reproduce the original's quirk: its EMA cold start (model_params.fix_cold_start =
        /// false), after which every image maps to one code for the first epochs.
        #[arg(long)]
        faithful: bool,
        #[command(flatten)]
        set: TrainOverrides,
        #[command(flatten)]
        disk: DiskArgs,
        #[command(flatten)]
        precision: PrecisionArgs,
    },
    /// Originals beside their reconstructions (the original's infer_vqvae reconstruct).
    Reconstruct {
        #[command(flatten)]
        cfg: ConfigArg,
        /// Weights (default: the task's checkpoint); a PyTorch state_dict as safetensors works too.
        #[arg(long)]
        weights: Option<PathBuf>,
        /// How many images.
        #[arg(long, default_value_t = 100)]
        count: usize,
        /// Seed of the random choice of images.
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
        /// Weights (default: the task's checkpoint); a PyTorch state_dict as safetensors works too.
        #[arg(long)]
        weights: Option<PathBuf>,
        /// Output file (default: {task}/output/encodings.safetensors).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// [train_params] settings the command line may override.
#[derive(clap::Args, Debug)]
#[command(next_help_heading = "Overrides of the config's [train_params]")]
pub struct TrainOverrides {
    /// Folder of images (train_params.data).
    #[arg(long)]
    data: Option<PathBuf>,
    /// Passes over the data (train_params.epochs).
    #[arg(long)]
    epochs: Option<usize>,
    /// Images per batch (train_params.batch_size).
    #[arg(long = "batch-size", alias = "batch_size")]
    batch_size: Option<usize>,
    /// Adam's learning rate (train_params.lr).
    #[arg(long)]
    lr: Option<f64>,
    /// Seed of the weights and the shuffles (train_params.seed).
    #[arg(long)]
    seed: Option<u64>,
    /// The task folder the run writes (train_params.task_name).
    #[arg(long = "output-dir", alias = "task_name")]
    output_dir: Option<String>,
}

impl TrainOverrides {
    /// The flags given, over the file's values, checked as the file's are.
    pub fn apply(&self, file: &mut VqVaeFile, path: &std::path::Path) -> anyhow::Result<()> {
        let tp = &mut file.train_params;
        if let Some(v) = &self.data {
            tp.data = v.clone();
        }
        if let Some(v) = self.epochs {
            tp.epochs = v;
        }
        if let Some(v) = self.batch_size {
            tp.batch_size = v;
        }
        if let Some(v) = self.lr {
            tp.lr = v;
        }
        if let Some(v) = self.seed {
            tp.seed = v;
        }
        if let Some(v) = &self.output_dir {
            tp.task_name = v.clone();
        }
        file.validate(&format!(
            "config {} with the command line's overrides",
            path.display()
        ))?;
        Ok(())
    }
}

#[derive(clap::Args, Debug)]
pub struct ConfigArg {
    /// TOML config with [model_params] and [train_params] (see configs/).
    #[arg(long, default_value = "configs/vqvae_naruto.toml")]
    config: PathBuf,
}

/// The config file, found from any working folder (`wgtrain::train::locate`).
pub fn load_config(config: &std::path::Path) -> anyhow::Result<VqVaeFile> {
    Ok(VqVaeFile::load(&wgtrain::train::locate(
        config, "--config",
    )?)?)
}

/// The config's image folder, found likewise.
fn locate_data(file: &mut VqVaeFile) -> anyhow::Result<()> {
    file.train_params.data =
        wgtrain::train::locate(&file.train_params.data, "--data (or [train_params] data)")?;
    Ok(())
}

/// The config, the model from `weights` (default: the task's checkpoint) and the data images.
fn model_and_images(
    gpu: &wgtrain::Gpu,
    config: &std::path::Path,
    weights: Option<&std::path::Path>,
    warn: &mut dyn FnMut(String),
) -> anyhow::Result<(VqVaeFile, wgtrain::models::vqvae::VqVae, Vec<Vec<f32>>)> {
    let mut file = load_config(config)?;
    locate_data(&mut file)?;
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
            faithful,
            set,
            disk,
            precision,
        } => {
            let mut file = load_config(&cfg.config)?;
            if *faithful {
                file.model_params.fix_cold_start = false;
            }
            set.apply(&mut file, &cfg.config)?;
            locate_data(&mut file)?;
            wgtrain::train::install_ctrl_c();
            let s = train(
                &gpu,
                &file,
                &RunOptions {
                    resume: resume.is_some(),
                    resume_from: super::resume_path(resume),
                    overwrite: *overwrite,
                    stop_after: None,
                    progress: !quiet,
                    weights_only: disk.weights_only,
                    amp: precision.amp,
                },
                &mut super::say,
            )?;
            if !wgtrain::dist::world().is_root() {
                return Ok(());
            }
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
