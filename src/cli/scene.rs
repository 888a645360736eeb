//! `wgtrain scene train|sample` (seed 003): text → scene → text. The flags are the seed's
//! train.py flags with its defaults, spelled `--d-model` (the original's `--d_model` works too).

use super::{DeviceArgs, DiskArgs, SettingsFile};
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
    Train(Box<TrainArgs>),
    /// Text → scene PNG → the caption the captioner reads back (printed).
    Sample(SampleArgs),
    /// The words a trained model knows (its checkpoint's vocabulary), grouped as colours,
    /// objects, sizes, positions, backgrounds and actions; without a checkpoint, every word
    /// the scene generator writes. Other words read as <UNK>.
    Vocab(VocabArgs),
}

#[derive(clap::Args, Debug)]
pub struct TrainArgs {
    #[command(flatten)]
    settings_file: SettingsFile,
    /// Width of the language model and of the text embedding.
    #[arg(long = "d-model", alias = "d_model", default_value_t = 512)]
    d_model: usize,
    /// Attention heads (must divide d_model).
    #[arg(long = "n-heads", alias = "n_heads", default_value_t = 8)]
    n_heads: usize,
    /// Transformer encoder layers.
    #[arg(long = "n-layers", alias = "n_layers", default_value_t = 6)]
    n_layers: usize,
    /// Scene decoder base channels (a multiple of 8) and the captioner's LSTM width.
    #[arg(long = "hidden-dim", alias = "hidden_dim", default_value_t = 256)]
    hidden_dim: usize,
    /// Latent size of the decoder's bottleneck.
    #[arg(long = "z-dim", alias = "z_dim", default_value_t = 128)]
    z_dim: usize,
    /// VAE bottleneck (mu, logvar, KL loss). Off by default, as the original's CLI (its README
    /// recommends it on).
    #[arg(long = "use-vae", alias = "use_vae")]
    use_vae: bool,
    /// Dropout of the language model and the captioner (the decoder's is fixed at 0.2).
    #[arg(long, default_value_t = 0.1)]
    dropout: f32,
    /// Passes over the training texts.
    #[arg(long, default_value_t = 50)]
    epochs: usize,
    /// Texts per batch.
    #[arg(long = "batch-size", alias = "batch_size", default_value_t = 8)]
    batch_size: usize,
    /// Learning rate of the three Adam optimizers (cosine-annealed to 0 over the epochs).
    #[arg(long, default_value_t = 5e-5)]
    lr: f64,
    /// Fraction of the texts used for training; the rest validates.
    #[arg(long = "train-split", alias = "train_split", default_value_t = 0.8)]
    train_split: f64,
    /// Mixed precision, as PyTorch's autocast + GradScaler (the original's use_amp flag): matrix
    /// products and convolutions read f16 operands (their sums and results stay f32, as do the
    /// weights, Adam and every other op); each loss (AR, scene) is scaled dynamically and an
    /// update whose gradients overflow is skipped, said in the log. Needs an adapter with
    /// shader-f16 (`wgtrain devices` says f16 true); refused elsewhere.
    #[arg(long = "amp", alias = "use-amp", alias = "use_amp")]
    use_amp: bool,
    /// Accepted and unused, as in the original.
    #[arg(
        long = "lambda-reconstruction",
        alias = "lambda_reconstruction",
        default_value_t = 1.0
    )]
    lambda_reconstruction: f32,
    /// Weight of the KL term (VAE bottleneck only).
    #[arg(long = "lambda-kl", alias = "lambda_kl", default_value_t = 0.001)]
    lambda_kl: f32,
    /// Weight of the total-variation term.
    #[arg(
        long = "lambda-spatial",
        alias = "lambda_spatial",
        default_value_t = 0.1
    )]
    lambda_spatial: f32,
    /// Weight of the diversity term (logged; it has no gradient, as in the original).
    #[arg(
        long = "lambda-diversity",
        alias = "lambda_diversity",
        default_value_t = 0.01
    )]
    lambda_diversity: f32,
    /// Weight of the Sobel edge term.
    #[arg(
        long = "lambda-perceptual",
        alias = "lambda_perceptual",
        default_value_t = 0.1
    )]
    lambda_perceptual: f32,
    /// Weight of the text/caption embedding consistency term.
    #[arg(
        long = "lambda-consistency",
        alias = "lambda_consistency",
        default_value_t = 1.0
    )]
    lambda_consistency: f32,
    /// Texts in the synthetic corpus (split train/validation by --train-split).
    #[arg(long = "num-samples", alias = "num_samples", default_value_t = 10_000)]
    num_samples: usize,
    /// Seed of the corpus, the split and every draw. Without it a seed is drawn and printed
    /// (the original's default run is unseeded); a resumed run uses its checkpoint's.
    #[arg(long)]
    seed: Option<u64>,
    /// The run's folder: logs/, checkpoints/ and sample_generations.png go under it unless
    /// --log-dir, --checkpoint-dir or --samples-out say otherwise (the original writes them
    /// into the working folder: `--output-dir .`).
    #[arg(long = "output-dir", default_value = "runs/scene")]
    output_dir: PathBuf,
    /// Folder of the logs and figures (default: OUTPUT_DIR/logs).
    #[arg(long = "log-dir", alias = "log_dir")]
    log_dir: Option<PathBuf>,
    /// Folder of the checkpoints (default: OUTPUT_DIR/checkpoints).
    #[arg(long = "checkpoint-dir", alias = "checkpoint_dir")]
    checkpoint_dir: Option<PathBuf>,
    /// Log the batch metrics every this many batches.
    #[arg(long = "log-interval", alias = "log_interval", default_value_t = 10)]
    log_interval: usize,
    /// Continue from a checkpoint (models, optimizers, schedules, step, best loss,
    /// vocabulary) at the batch after it was written: `latest` (or a bare --resume) is
    /// CHECKPOINT_DIR/checkpoint_latest.safetensors, PATH that file. The model, data, --lr and
    /// loss flags must match it; another --epochs is allowed and said.
    #[arg(long, num_args = 0..=1, default_missing_value = "latest", value_name = "PATH|latest")]
    resume: Option<String>,
    /// Start over in a folder that holds an earlier run: delete its checkpoints, metrics, grids
    /// and TensorBoard logs first (without it such a folder is refused).
    #[arg(long, conflicts_with = "resume")]
    overwrite: bool,
    /// Caption targets one token ahead of the LSTM input (the original's are two ahead): on
    /// unless --faithful.
    #[arg(long = "fix-caption-shift", alias = "fix_caption_shift")]
    fix_caption_shift: bool,
    /// ε under the Sobel square root: 1e-6 unless --faithful, which takes the original's 0
    /// (whose gradient is NaN where the scene is flat).
    #[arg(long = "sobel-eps", alias = "sobel_eps")]
    sobel_eps: Option<f32>,
    /// Check losses and gradient norms before each optimizer step and skip the batch if any
    /// is not finite (the original checks the losses after stepping): on unless --faithful.
    #[arg(long = "nan-check-before-step", alias = "nan_check_before_step")]
    nan_check_before_step: bool,
    /// Reproduce the original's quirks: caption targets two tokens ahead, no ε under the
    /// Sobel square root (NaN gradients on flat scenes) and the finite-loss check after the
    /// optimizer step. Flags given with it still apply.
    #[arg(long)]
    faithful: bool,
    /// Where the figure of the four fixed prompts goes at the end (default:
    /// OUTPUT_DIR/sample_generations.png).
    #[arg(long = "samples-out", alias = "samples_out")]
    samples_out: Option<PathBuf>,
    /// Stop (with a checkpoint, as Ctrl-C) after this many training batches: a short look.
    #[arg(long = "stop-after-batches")]
    stop_after_batches: Option<usize>,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
    #[command(flatten)]
    disk: DiskArgs,
}

/// Which checkpoint `sample` and `vocab` read.
#[derive(clap::Args, Debug)]
pub struct CheckpointChoice {
    /// A scene checkpoint (default: the best in --checkpoint-dir, the one
    /// checkpoint_latest.safetensors names, else the newest checkpoint_epoch_N).
    #[arg(long)]
    checkpoint: Option<PathBuf>,
    /// Where the default checkpoint is looked for.
    #[arg(
        long = "checkpoint-dir",
        alias = "checkpoint_dir",
        default_value = "runs/scene/checkpoints"
    )]
    checkpoint_dir: PathBuf,
}

#[derive(clap::Args, Debug)]
pub struct VocabArgs {
    #[command(flatten)]
    ck: CheckpointChoice,
}

#[derive(clap::Args, Debug)]
pub struct SampleArgs {
    /// The scene description (words outside the vocabulary are read as <UNK>, and said).
    #[arg(long)]
    text: String,
    #[command(flatten)]
    ck: CheckpointChoice,
    /// The scene PNG (256×256, titled with the text and its reading).
    #[arg(long, default_value = "scene.png")]
    out: PathBuf,
    /// Seed of the VAE noise and of the caption's draws.
    #[arg(long, default_value_t = 0)]
    seed: u64,
}

/// The loss settings the flags ask for: the fixes unless --faithful.
fn loss_config(a: &TrainArgs) -> LossConfig {
    LossConfig {
        lambda_kl: a.lambda_kl,
        lambda_spatial: a.lambda_spatial,
        lambda_diversity: a.lambda_diversity,
        lambda_perceptual: a.lambda_perceptual,
        lambda_consistency: a.lambda_consistency,
        sobel_eps: a.sobel_eps.unwrap_or(if a.faithful { 0.0 } else { 1e-6 }),
        fix_caption_shift: a.fix_caption_shift || !a.faithful,
        nan_check_before_step: a.nan_check_before_step || !a.faithful,
    }
}

pub fn run(dev: &DeviceArgs, cmd: &SceneCommand) -> anyhow::Result<()> {
    match cmd {
        SceneCommand::Train(a) => {
            let log_dir = a
                .log_dir
                .clone()
                .unwrap_or_else(|| a.output_dir.join("logs"));
            let checkpoint_dir = a
                .checkpoint_dir
                .clone()
                .unwrap_or_else(|| a.output_dir.join("checkpoints"));
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
                losses: loss_config(a),
                lambda_reconstruction: a.lambda_reconstruction,
                epochs: a.epochs,
                batch_size: a.batch_size,
                lr: a.lr,
                train_split: a.train_split,
                use_amp: a.use_amp,
                num_samples: a.num_samples,
                seed: a.seed,
                log_dir: log_dir.clone(),
                checkpoint_dir: checkpoint_dir.clone(),
                log_interval: a.log_interval,
                resume: match &a.resume {
                    Some(_) => Some(wgtrain::train::resume_source(
                        &checkpoint_dir.join(wgtrain::train::scene::run::LATEST),
                        super::resume_path(&a.resume).as_deref(),
                    )?),
                    None => None,
                },
                overwrite: a.overwrite,
                samples_out: a
                    .samples_out
                    .clone()
                    .unwrap_or_else(|| a.output_dir.join("sample_generations.png")),
                progress: !a.quiet,
                stop_after: a.stop_after_batches,
                keep_last: a.disk.keep_last,
                weights_only: a.disk.weights_only,
                settings: super::settings(),
            };
            let gpu = dev.open()?;
            wgtrain::train::install_ctrl_c();
            let s = train(&gpu, &run, &mut |m| super::say(m.to_string()))?;
            if !wgtrain::dist::world().is_root() {
                return Ok(());
            }
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
        SceneCommand::Vocab(a) => {
            let ck = match &a.ck.checkpoint {
                Some(p) => Some(p.clone()),
                None => best_checkpoint(&a.ck.checkpoint_dir).ok(),
            };
            let words = match &ck {
                Some(p) => {
                    let meta = wgtrain::io::checkpoint::read_metadata(p)?;
                    let json = meta.get("vocab").ok_or_else(|| {
                        anyhow::anyhow!(
                            "{} holds no vocabulary: is it a scene checkpoint?",
                            p.display()
                        )
                    })?;
                    let words: Vec<String> = serde_json::from_str(json)?;
                    println!("vocabulary of {}:", p.display());
                    words
                }
                None => {
                    println!(
                        "no checkpoint in {} (--checkpoint-dir): the words the scene generator \
                         writes; a trained model knows those of its corpus",
                        a.ck.checkpoint_dir.display()
                    );
                    wgtrain::models::scene_data::generator_words()
                }
            };
            print!(
                "{}",
                wgtrain::models::scene_data::vocabulary_listing(&words)
            );
            Ok(())
        }
        SceneCommand::Sample(a) => {
            let ck = match &a.ck.checkpoint {
                Some(p) => p.clone(),
                None => best_checkpoint(&a.ck.checkpoint_dir)?,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn losses_of(args: &[&str]) -> LossConfig {
        loss_config(&crate::cli::parse_args::<TrainArgs>(args))
    }

    /// The three fixes by default, the original's behaviour with --faithful, and an explicit
    /// value given with --faithful still applies.
    #[test]
    fn faithful_restores_the_originals_quirks() {
        let l = losses_of(&[]);
        assert!(l.fix_caption_shift && l.nan_check_before_step && l.sobel_eps == 1e-6);
        let l = losses_of(&["--faithful"]);
        assert!(!l.fix_caption_shift && !l.nan_check_before_step && l.sobel_eps == 0.0);
        let l = losses_of(&["--faithful", "--sobel-eps", "1e-4"]);
        assert!(!l.fix_caption_shift && l.sobel_eps == 1e-4);
    }
}
