//! `wgtrain lstm-prior train | generate --config FILE` (seed 000): the autoregressive prior over
//! the VQ-VAE's code maps, and images sampled from it.

use super::{DeviceArgs, DiskArgs, PrecisionArgs};
use std::path::PathBuf;
use wgtrain::train::lstm_prior::{generate, train, GenerateOptions, PriorOptions};

#[derive(clap::Subcommand, Debug)]
pub enum LstmPriorCommand {
    /// Train as the original's train_lstm.py: windows of the encodings file (a seeded share of the
    /// images, lstm_params.keep_ratio), cross-entropy, Adam; checkpoint with epoch and optimizer
    /// state every epoch; a sample grid every lstm_params.sample_every epochs when the VQ-VAE
    /// checkpoint exists.
    Train {
        /// TOML config with [model_params], [train_params] and [lstm_params] (see configs/).
        #[arg(long, default_value = "configs/vqvae_naruto.toml")]
        config: PathBuf,
        /// Encodings from `wgtrain vqvae encode` (default: {task}/output/encodings.safetensors).
        #[arg(long)]
        encodings: Option<PathBuf>,
        /// VQ-VAE weights for the sample grids (default: the task's VQ-VAE checkpoint).
        #[arg(long)]
        vqvae_weights: Option<PathBuf>,
        /// Continue at the epoch after a checkpoint, with its optimizer state: `latest` (or a
        /// bare --resume) is the task's prior checkpoint, PATH another file.
        #[arg(long, num_args = 0..=1, default_missing_value = "latest", value_name = "PATH|latest")]
        resume: Option<String>,
        /// Start over in a folder that holds an earlier run: delete its checkpoints, metrics, grids
        /// and TensorBoard logs first (without it such a folder is refused).
        #[arg(long, conflicts_with = "resume")]
        overwrite: bool,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
        /// Accepted as on every trainer: the prior trains as the original does already (its
        /// generate script's two crashes are the only departures, and none is brought back).
        #[arg(long)]
        faithful: bool,
        /// Passes over the code maps (overrides lstm_params.epochs).
        #[arg(long)]
        epochs: Option<usize>,
        /// Adam's learning rate (overrides lstm_params.lr).
        #[arg(long)]
        lr: Option<f64>,
        #[command(flatten)]
        disk: DiskArgs,
        #[command(flatten)]
        precision: PrecisionArgs,
    },
    /// Sample images: START, then one code at a time from softmax(logits / temperature) over the
    /// last `window` codes (right-padded while shorter), decoded by the VQ-VAE into a PNG grid.
    /// The whole loop runs on the GPU; the same seed gives the same images.
    Generate {
        /// TOML config with [model_params], [train_params] and [lstm_params] (see configs/).
        #[arg(long, default_value = "configs/vqvae_naruto.toml")]
        config: PathBuf,
        /// Prior weights: our checkpoint or the original's model_state_dict as safetensors
        /// (default: {task}/{lstm_params.ckpt_name}).
        #[arg(long)]
        weights: Option<PathBuf>,
        /// VQ-VAE weights (default: the task's VQ-VAE checkpoint); its codebook must have
        /// num_embeddings codes.
        #[arg(long)]
        vqvae_weights: Option<PathBuf>,
        /// Images to generate.
        #[arg(long, default_value_t = 64)]
        count: usize,
        /// Softmax temperature (> 0; below 1 sharpens).
        #[arg(long, default_value_t = 0.8)]
        temperature: f32,
        /// Context window in codes (default: lstm_params.window, 128 in the original).
        #[arg(long)]
        window: Option<usize>,
        /// Seed of the draws: the same seed gives the same images.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Images per grid row.
        #[arg(long, default_value_t = 8)]
        nrow: usize,
        /// Output PNG (default: {task}/output/generation_results.png).
        #[arg(long)]
        out: Option<PathBuf>,
        /// No progress bar.
        #[arg(long)]
        quiet: bool,
    },
}

pub fn run(dev: &DeviceArgs, cmd: &LstmPriorCommand) -> anyhow::Result<()> {
    let gpu = dev.open()?;
    match cmd {
        LstmPriorCommand::Train {
            config,
            encodings,
            vqvae_weights,
            resume,
            overwrite,
            quiet,
            faithful: _,
            epochs,
            lr,
            disk,
            precision,
        } => {
            let mut file = super::vqvae::load_config(config)?;
            if let Some(v) = epochs {
                file.lstm_params.epochs = *v;
            }
            if let Some(v) = lr {
                file.lstm_params.lr = *v;
            }
            file.validate(&format!(
                "config {} with the command line's overrides",
                config.display()
            ))?;
            wgtrain::train::install_ctrl_c();
            let s = train(
                &gpu,
                &file,
                &PriorOptions {
                    resume: resume.is_some(),
                    resume_from: super::resume_path(resume),
                    overwrite: *overwrite,
                    stop_after: None,
                    progress: !quiet,
                    weights_only: disk.weights_only,
                    encodings: encodings.clone(),
                    vqvae_weights: vqvae_weights.clone(),
                    amp: precision.amp,
                },
                &mut super::say,
            )?;
            if !wgtrain::dist::world().is_root() {
                return Ok(());
            }
            println!(
                "{} on {} code maps ({} pairs); checkpoint {}",
                wgtrain::train::epochs_done(
                    s.first_epoch,
                    s.epoch_losses.len(),
                    file.lstm_params.epochs
                ),
                s.images,
                s.pairs,
                s.checkpoint.display()
            );
        }
        LstmPriorCommand::Generate {
            config,
            weights,
            vqvae_weights,
            count,
            temperature,
            window,
            seed,
            nrow,
            out,
            quiet,
        } => {
            let file = super::vqvae::load_config(config)?;
            let out = out
                .clone()
                .unwrap_or_else(|| file.task_dir().join("output/generation_results.png"));
            let started = std::time::Instant::now();
            let codes = generate(
                &gpu,
                &file,
                &GenerateOptions {
                    count: *count,
                    temperature: *temperature,
                    window: window.unwrap_or(file.lstm_params.window),
                    seed: *seed,
                    nrow: *nrow,
                    out: out.clone(),
                    prior_weights: weights.clone(),
                    vqvae_weights: vqvae_weights.clone(),
                    progress: !quiet,
                },
            )?;
            let secs = started.elapsed().as_secs_f64();
            println!(
                "wrote {count} images to {} ({} codes in {secs:.1} s, {:.0} codes/s)",
                out.display(),
                codes.len(),
                codes.len() as f64 / secs
            );
        }
    }
    Ok(())
}
