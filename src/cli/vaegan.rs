//! `wgtrain vaegan train` (seed 002): the VAE generator, WGAN-GP critic and GRU weight
//! predictor, trained in the order of the seed's training.py with the fixes it needs.

use super::{DeviceArgs, DiskArgs, PrecisionArgs, SettingsFile};
use std::path::PathBuf;
use wgtrain::models::vaegan::VaeGanConfig;
use wgtrain::train::vaegan::{
    load_image_folder, train, VaeGanOutput, VaeGanRun, WeightPredictorMode,
};

#[derive(clap::Subcommand, Debug)]
pub enum VaeGanCommand {
    /// Train: per batch a critic step (W + λ·GP, the penalty's gradient by double backward),
    /// then the weight predictor's update of enc1 and a generator step (−W; the original's
    /// −(W + λ·GP) with --faithful). Writes a checkpoint of all three modules and optimizers, a
    /// sample grid and the losses each epoch.
    Train(TrainArgs),
}

#[derive(clap::Args, Debug)]
pub struct TrainArgs {
    #[command(flatten)]
    settings_file: SettingsFile,
    /// Image folder in torchvision's ImageFolder layout: DATA/<class>/<image> (labels are
    /// ignored). `scripts/fetch-data.sh fluent128` makes one.
    #[arg(long, default_value = "data/fluent128")]
    data: PathBuf,
    /// Output folder: vaegan.safetensors, samples/epoch_N.png, metrics.csv, TensorBoard events.
    #[arg(long = "output-dir", alias = "out", default_value = "runs/vaegan")]
    out: PathBuf,
    /// Passes over the data (the original's NUM_EPOCHS).
    #[arg(long, default_value_t = 10)]
    epochs: usize,
    /// Images per batch (the last batch may be smaller, as the original's drop_last=False).
    #[arg(long, default_value_t = 16)]
    batch_size: usize,
    /// Learning rate of all three Adam optimizers.
    #[arg(long, default_value_t = 1e-3)]
    lr: f64,
    /// Weight of the gradient penalty.
    #[arg(long, default_value_t = 10.0)]
    lambda_gp: f64,
    /// faithful: Δ is added to enc1 in place and the GRU never learns (the original);
    /// hyper: enc1 = W + Δ inside the generator's forward, so the generator loss trains the GRU.
    /// Default: hyper (faithful with --faithful).
    #[arg(long, value_enum)]
    weight_predictor: Option<WeightPredictorMode>,
    /// Draw the interpolation weight α from U(0, 1), as WGAN-GP defines it (the default;
    /// --faithful draws from the original's N(0, 1)).
    #[arg(long)]
    alpha_uniform: bool,
    /// Generator loss −W, without the original's −λ·GP term (the default; --faithful keeps
    /// the term).
    #[arg(long)]
    g_without_gp: bool,
    /// Detach the generated images in the critic's step (no critic gradient changes; it saves
    /// the backward pass into the generator).
    #[arg(long)]
    detach_fake: bool,
    /// Side of the (square) images; a multiple of 8.
    #[arg(long, default_value_t = 128)]
    image_size: usize,
    /// Size of the predicted update: must equal enc1's weights + biases (1344 = 48·3·3·3 + 48).
    #[arg(long, default_value_t = 1344)]
    weight_update_size: usize,
    /// Frames of the synthetic video the GRU watches.
    #[arg(long, default_value_t = 16)]
    frames: usize,
    /// Seed of the initialisation, the shuffles and every noise draw.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Continue at the epoch after a checkpoint (modules, optimizers, step): `latest` (or a
    /// bare --resume) is OUTPUT_DIR/vaegan.safetensors, PATH another file.
    #[arg(long, num_args = 0..=1, default_missing_value = "latest", value_name = "PATH|latest")]
    resume: Option<String>,
    /// Start over in a folder that holds an earlier run: delete its checkpoints, metrics, grids
    /// and TensorBoard logs first (without it such a folder is refused).
    #[arg(long, conflicts_with = "resume")]
    overwrite: bool,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
    /// Reproduce the original's quirks: the faithful weight predictor (the GRU never learns),
    /// α ~ N(0, 1) and the generator loss −(W + λ·GP). Flags given with it still apply.
    #[arg(long)]
    faithful: bool,
    #[command(flatten)]
    disk: DiskArgs,
    #[command(flatten)]
    precision: PrecisionArgs,
}

/// The run the flags ask for: the working variants unless --faithful.
fn vaegan_run(a: &TrainArgs) -> VaeGanRun {
    let model = VaeGanConfig {
        image_size: a.image_size,
        frames: a.frames,
        ..VaeGanConfig::default()
    };
    VaeGanRun {
        model,
        batch_size: a.batch_size,
        epochs: a.epochs,
        lr: a.lr,
        lambda_gp: a.lambda_gp,
        mode: a.weight_predictor.unwrap_or(if a.faithful {
            WeightPredictorMode::Faithful
        } else {
            WeightPredictorMode::Hyper
        }),
        alpha_uniform: a.alpha_uniform || !a.faithful,
        g_without_gp: a.g_without_gp || !a.faithful,
        detach_fake: a.detach_fake,
        seed: a.seed,
        amp: a.precision.amp,
    }
}

pub fn run(dev: &DeviceArgs, cmd: &VaeGanCommand) -> anyhow::Result<()> {
    let VaeGanCommand::Train(a) = cmd;
    let run = vaegan_run(a);
    // before the slow parts: opening the device, reading the images
    run.validate()?;
    if a.resume.is_some() {
        let own = a.out.join("vaegan.safetensors");
        wgtrain::train::resume_source(&own, super::resume_path(&a.resume).as_deref())?;
    }
    run.model.check_weight_update_size(a.weight_update_size)?;
    let gpu = dev.open()?;
    let data = wgtrain::train::locate(&a.data, "--data")?;
    let images = load_image_folder(&data, a.image_size, &mut |m| eprintln!("{m}"))?;
    super::say(format!("{} images from {}", images.len(), data.display()));
    wgtrain::train::install_ctrl_c();
    let s = train(
        &gpu,
        &run,
        &images,
        &VaeGanOutput {
            dir: a.out.clone(),
            resume: a.resume.is_some(),
            resume_from: super::resume_path(&a.resume),
            overwrite: a.overwrite,
            progress: !a.quiet,
            stop_after: None,
            weights_only: a.disk.weights_only,
            settings: super::settings(),
        },
        &mut super::say,
    )?;
    if !wgtrain::dist::world().is_root() {
        return Ok(());
    }
    let trained = if s.losses.is_empty() {
        0
    } else {
        s.last_epoch + 1 - s.first_epoch
    };
    println!(
        "{}; checkpoint {}; samples in {}/samples",
        wgtrain::train::epochs_done(s.first_epoch, trained, run.epochs),
        s.checkpoint.display(),
        a.out.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_of(args: &[&str]) -> VaeGanRun {
        vaegan_run(&crate::cli::parse_args::<TrainArgs>(args))
    }

    /// The working variants by default, the original's with --faithful, and a flag given with
    /// --faithful still applies.
    #[test]
    fn faithful_restores_the_originals_quirks() {
        let r = run_of(&[]);
        assert_eq!(r.mode, WeightPredictorMode::Hyper);
        assert!(r.alpha_uniform && r.g_without_gp);
        let r = run_of(&["--faithful"]);
        assert_eq!(r.mode, WeightPredictorMode::Faithful);
        assert!(!r.alpha_uniform && !r.g_without_gp);
        let r = run_of(&[
            "--faithful",
            "--alpha-uniform",
            "--weight-predictor",
            "hyper",
        ]);
        assert_eq!(r.mode, WeightPredictorMode::Hyper);
        assert!(r.alpha_uniform && !r.g_without_gp);
    }
}
