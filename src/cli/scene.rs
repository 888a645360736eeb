//! `wgtrain scene train|sample` (seed 003): text → scene → text. The flags are the seed's
//! train.py flags with its spellings (`--d_model`; `--d-model` works too) and defaults.

use super::DeviceArgs;
use std::path::PathBuf;
use wgtrain::models::scene_lm::LmConfig;
use wgtrain::train::scene::run::{best_checkpoint, sample, train, SceneRun};
use wgtrain::train::scene::{LossConfig, SceneConfig};

#[derive(clap::Subcommand, Debug)]
pub enum SceneCommand {
    /// Train the language model, scene decoder and captioner on the synthetic scene texts
    /// (per batch: the AR step, then decoder + captioner with the composite loss; scheduled
    /// sampling from epoch 5; cosine learning rates per epoch). Writes LOG_DIR/{history.csv,
    /// epochs.csv, scenes_epoch_N.png, roundtrip_epoch_N.txt, training_curves.png,
    /// training_summary.txt, TensorBoard events}, CHECKPOINT_DIR/checkpoint_epoch_N.safetensors
    /// on each validation improvement and checkpoint_latest.safetensors after every epoch, and
    /// sample_generations.png at the end. Ctrl-C saves a checkpoint mid-epoch.
    Train(TrainArgs),
    /// Text → scene PNG → the caption the captioner reads back (printed).
    Sample(SampleArgs),
}

#[derive(clap::Args, Debug)]
pub struct TrainArgs {
    /// Width of the language model and of the text embedding.
    #[arg(long = "d_model", visible_alias = "d-model", default_value_t = 512)]
    d_model: usize,
    /// Attention heads (must divide d_model).
    #[arg(long = "n_heads", visible_alias = "n-heads", default_value_t = 8)]
    n_heads: usize,
    /// Transformer encoder layers.
    #[arg(long = "n_layers", visible_alias = "n-layers", default_value_t = 6)]
    n_layers: usize,
    /// Scene decoder base channels (a multiple of 8) and the captioner's LSTM width.
    #[arg(
        long = "hidden_dim",
        visible_alias = "hidden-dim",
        default_value_t = 256
    )]
    hidden_dim: usize,
    /// Latent size of the decoder's bottleneck.
    #[arg(long = "z_dim", visible_alias = "z-dim", default_value_t = 128)]
    z_dim: usize,
    /// VAE bottleneck (mu, logvar, KL loss). Off by default, as the seed's CLI (its README
    /// recommends it on).
    #[arg(long = "use_vae", visible_alias = "use-vae")]
    use_vae: bool,
    /// Dropout of the language model and the captioner (the decoder's is fixed at 0.2).
    #[arg(long, default_value_t = 0.1)]
    dropout: f32,
    /// Passes over the training texts.
    #[arg(long, default_value_t = 50)]
    epochs: usize,
    /// Texts per batch.
    #[arg(long = "batch_size", visible_alias = "batch-size", default_value_t = 8)]
    batch_size: usize,
    /// Learning rate of the three Adam optimizers (cosine-annealed to 0 over the epochs).
    #[arg(long, default_value_t = 5e-5)]
    lr: f64,
    /// Fraction of the texts used for training; the rest validates.
    #[arg(
        long = "train_split",
        visible_alias = "train-split",
        default_value_t = 0.8
    )]
    train_split: f64,
    /// Accepted for the seed's command lines; wgtrain trains in f32, so it changes nothing.
    #[arg(long = "use_amp", visible_alias = "use-amp")]
    use_amp: bool,
    /// Accepted and unused, as in the seed.
    #[arg(
        long = "lambda_reconstruction",
        visible_alias = "lambda-reconstruction",
        default_value_t = 1.0
    )]
    lambda_reconstruction: f32,
    /// Weight of the KL term (VAE bottleneck only).
    #[arg(
        long = "lambda_kl",
        visible_alias = "lambda-kl",
        default_value_t = 0.001
    )]
    lambda_kl: f32,
    /// Weight of the total-variation term.
    #[arg(
        long = "lambda_spatial",
        visible_alias = "lambda-spatial",
        default_value_t = 0.1
    )]
    lambda_spatial: f32,
    /// Weight of the diversity term (logged; it has no gradient, as in the seed).
    #[arg(
        long = "lambda_diversity",
        visible_alias = "lambda-diversity",
        default_value_t = 0.01
    )]
    lambda_diversity: f32,
    /// Weight of the Sobel edge term.
    #[arg(
        long = "lambda_perceptual",
        visible_alias = "lambda-perceptual",
        default_value_t = 0.1
    )]
    lambda_perceptual: f32,
    /// Weight of the text/caption embedding consistency term.
    #[arg(
        long = "lambda_consistency",
        visible_alias = "lambda-consistency",
        default_value_t = 1.0
    )]
    lambda_consistency: f32,
    /// Texts in the synthetic corpus (split train/validation by --train_split).
    #[arg(
        long = "num_samples",
        visible_alias = "num-samples",
        default_value_t = 10_000
    )]
    num_samples: usize,
    /// Seed of the corpus, the split and every draw. Without it a seed is drawn and printed
    /// (the seed's default run is unseeded); a resumed run uses its checkpoint's.
    #[arg(long)]
    seed: Option<u64>,
    /// Folder of the logs and figures.
    #[arg(long = "log_dir", visible_alias = "log-dir", default_value = "logs")]
    log_dir: PathBuf,
    /// Folder of the checkpoints.
    #[arg(
        long = "checkpoint_dir",
        visible_alias = "checkpoint-dir",
        default_value = "checkpoints"
    )]
    checkpoint_dir: PathBuf,
    /// Log the batch metrics every this many batches.
    #[arg(
        long = "log_interval",
        visible_alias = "log-interval",
        default_value_t = 10
    )]
    log_interval: usize,
    /// Continue from this checkpoint (models, optimizers, schedules, step, best loss,
    /// vocabulary) at the batch after it was written. The model, data, --lr and loss flags
    /// must match it; another --epochs is allowed and said.
    #[arg(long)]
    resume: Option<PathBuf>,
    /// Start over in a folder that holds an earlier run: delete its checkpoints, metrics, grids
    /// and TensorBoard logs first (without it such a folder is refused).
    #[arg(long, conflicts_with = "resume")]
    overwrite: bool,
    /// Fix: caption targets one token ahead of the LSTM input (the seed's are two ahead).
    #[arg(long = "fix-caption-shift", visible_alias = "fix_caption_shift")]
    fix_caption_shift: bool,
    /// Fix: ε under the Sobel square root (0 = the seed's, whose gradient is NaN where the
    /// scene is flat); 1e-6 is plenty.
    #[arg(long = "sobel-eps", visible_alias = "sobel_eps", default_value_t = 0.0)]
    sobel_eps: f32,
    /// Fix: check losses and gradient norms before each optimizer step and skip the batch if
    /// any is not finite (the seed checks the losses after stepping).
    #[arg(
        long = "nan-check-before-step",
        visible_alias = "nan_check_before_step"
    )]
    nan_check_before_step: bool,
    /// Where the figure of the four fixed prompts goes at the end.
    #[arg(long = "samples-out", default_value = "sample_generations.png")]
    samples_out: PathBuf,
    /// Stop (with a checkpoint, as Ctrl-C) after this many training batches: a short look.
    #[arg(long = "stop-after-batches")]
    stop_after_batches: Option<usize>,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
}

#[derive(clap::Args, Debug)]
pub struct SampleArgs {
    /// The scene description (words outside the vocabulary are read as <UNK>, and said).
    #[arg(long)]
    text: String,
    /// A scene checkpoint (default: the newest checkpoint_epoch_N.safetensors in
    /// --checkpoint_dir, i.e. the best).
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// Where the default checkpoint is looked for.
    #[arg(
        long = "checkpoint_dir",
        visible_alias = "checkpoint-dir",
        default_value = "checkpoints"
    )]
    checkpoint_dir: PathBuf,
    /// The scene PNG (256×256, titled with the text and its reading).
    #[arg(long, default_value = "scene.png")]
    out: PathBuf,
    /// Seed of the VAE noise and of the caption's draws.
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

pub fn run(dev: &DeviceArgs, cmd: &SceneCommand) -> anyhow::Result<()> {
    match cmd {
        SceneCommand::Train(a) => {
            let run = SceneRun {
                config: SceneConfig {
                    lm: LmConfig {
                        vocab: 0,
                        d_model: a.d_model,
                        heads: a.n_heads,
                        layers: a.n_layers,
                        d_ff: 2048,
                        max_len: 256,
                        dropout: a.dropout,
                    },
                    hidden_dim: a.hidden_dim,
                    z_dim: a.z_dim,
                    use_vae: a.use_vae,
                },
                losses: LossConfig {
                    lambda_kl: a.lambda_kl,
                    lambda_spatial: a.lambda_spatial,
                    lambda_diversity: a.lambda_diversity,
                    lambda_perceptual: a.lambda_perceptual,
                    lambda_consistency: a.lambda_consistency,
                    sobel_eps: a.sobel_eps,
                    fix_caption_shift: a.fix_caption_shift,
                    nan_check_before_step: a.nan_check_before_step,
                },
                lambda_reconstruction: a.lambda_reconstruction,
                epochs: a.epochs,
                batch_size: a.batch_size,
                lr: a.lr,
                train_split: a.train_split,
                use_amp: a.use_amp,
                num_samples: a.num_samples,
                seed: a.seed,
                log_dir: a.log_dir.clone(),
                checkpoint_dir: a.checkpoint_dir.clone(),
                log_interval: a.log_interval,
                resume: a.resume.clone(),
                overwrite: a.overwrite,
                samples_out: a.samples_out.clone(),
                progress: !a.quiet,
                stop_after: a.stop_after_batches,
            };
            let gpu = dev.open()?;
            wgtrain::train::install_ctrl_c();
            let s = train(&gpu, &run, &mut |m| eprintln!("{m}"))?;
            let best = if s.best_val_loss.is_finite() {
                format!("{:.4}", s.best_val_loss)
            } else {
                "none yet".into()
            };
            println!(
                "{} epochs done this run, global step {}, best validation loss {best}, {} \
                 batches skipped, seed {}{}",
                s.epochs.len(),
                s.global_step,
                s.skipped_batches,
                s.seed,
                if s.interrupted {
                    " (stopped early; resume from checkpoint_latest.safetensors)"
                } else {
                    ""
                }
            );
            Ok(())
        }
        SceneCommand::Sample(a) => {
            let ck = match &a.checkpoint {
                Some(p) => p.clone(),
                None => best_checkpoint(&a.checkpoint_dir)?,
            };
            let gpu = dev.open()?;
            let caption = sample(&gpu, &ck, &a.text, &a.out, a.seed, &mut |m| {
                eprintln!("{m}")
            })?;
            eprintln!("checkpoint {}; scene in {}", ck.display(), a.out.display());
            println!("{caption}");
            Ok(())
        }
    }
}
