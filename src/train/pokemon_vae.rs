//! Training the Pokemon VAE as the seed's main.py does (Adam, warmup + cosine LR per epoch, its
//! CLI defaults, logging and checkpoints), with checkpoints that resume exactly, TensorBoard
//! scalars and images, a metrics CSV and a loss curve.

use super::fit::{fit, Checkpoints, EpochEnd, EpochPlan, EpochStats, StepReport, Trainer};
use super::{
    adam_over, amp_scaler, backward_and_step, image_batch, open_checkpoint, python_float,
    restore_adam, restore_scaler, save_checkpoint, save_scaler, shuffled,
};
use crate::autograd::{autocast, no_grad, Var};
use crate::data::Batches;
use crate::dist::{LossSum, Share};
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::io::image::{grid, list_images, load_rgb, png_bytes};
use crate::io::plot::viewable_grid;
use crate::io::tensorboard::EventWriter;
use crate::models::pokemon_vae::{learning_rate, PokemonVae, VaeConfig};
use crate::nn::Module;
use crate::ops::tensor::RngKey;
use crate::optim::{Adam, GradScaler, Optimizer};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Every flag of the seed's main.py plus ours.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct TrainOptions {
    /// Folder of training images; default `data/emoji40`.
    pub data: PathBuf,
    /// Width of every hidden layer; default 1024.
    pub hidden_size: usize,
    /// Latent dimensions; default 16.
    pub latent_size: usize,
    /// Images per batch (the last partial batch is dropped); default 256.
    pub batch_size: usize,
    /// Prefix of the run directory (see [`TrainOptions::run_dir`]); default `output_dir`.
    pub output_dir: String,
    /// Epochs to train; default 10000.
    pub epoch: usize,
    /// Peak learning rate, reached after the warm-up; default 5e-4.
    pub lr: f64,
    /// Write a checkpoint every this many epochs; default 200.
    pub save_period: usize,
    /// Epochs of linear warm-up from learning rate 0; default 20.
    pub warmup_epochs: usize,
    /// Learning rate the cosine decay ends at; default 1e-7.
    pub min_lr: f64,
    /// Seed of the weights, the data split, the shuffles and the noise; default 41.
    pub seed: u64,
    /// Continue from this checkpoint at its next epoch.
    pub resume: Option<PathBuf>,
    /// Delete an earlier run's outputs in the run directory first (else a fresh run refuses to
    /// start over them). Not a training setting: not written into checkpoints.
    #[serde(skip)]
    pub overwrite: bool,
    /// Log the seed's buggy epoch scalars (loss + KL counted twice, KL always 0) instead of
    /// correct ones.
    pub legacy_logging: bool,
    /// Images to TensorBoard every this many epochs (the seed: 50).
    pub image_every: usize,
    /// Stop after this epoch (tests use it to simulate an interruption).
    pub stop_after: Option<usize>,
    /// Show a progress bar; default true.
    pub progress: bool,
    /// Keep only the newest this many `checkpoint_N` files (0: all).
    #[serde(default)]
    pub keep_last: usize,
    /// Write the final checkpoint without Adam's state (it cannot be resumed).
    #[serde(default)]
    pub weights_only: bool,
    /// The run's settings as TOML (the command line's), written into the run directory.
    #[serde(skip)]
    pub settings: Option<String>,
    /// The original's behaviour where ours differs: a checkpoint of the warm-up's epoch 0 (it
    /// trains at learning rate 0). `--faithful` also sets `legacy_logging`.
    #[serde(default)]
    pub faithful: bool,
    /// Mixed precision: f16 operands for the matrix products, dynamic loss scaling.
    #[serde(default)]
    pub amp: bool,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            data: PathBuf::from("data/emoji40"),
            hidden_size: 1024,
            latent_size: 16,
            batch_size: 256,
            output_dir: "output_dir".into(),
            epoch: 10_000,
            lr: 5e-4,
            save_period: 200,
            warmup_epochs: 20,
            min_lr: 1e-7,
            seed: 41,
            resume: None,
            overwrite: false,
            legacy_logging: false,
            image_every: 50,
            stop_after: None,
            progress: true,
            keep_last: 0,
            weights_only: false,
            settings: None,
            faithful: false,
            amp: false,
        }
    }
}

impl TrainOptions {
    /// The seed's run directory: `{output_dir}_lr{lr}_epoch{epoch}_latent{latent}_hidden{hidden}`.
    pub fn run_dir(&self) -> PathBuf {
        PathBuf::from(format!(
            "{}_lr{}_epoch{}_latent{}_hidden{}",
            self.output_dir,
            python_float(self.lr),
            self.epoch,
            self.latent_size,
            self.hidden_size
        ))
    }

    fn validate(&self) -> Result<()> {
        let what = "pokemon-vae train";
        let bad = |m: String| Err(Error::config(what, m));
        if self.batch_size == 0 || self.hidden_size == 0 || self.latent_size == 0 || self.epoch == 0
        {
            return bad(
                "--batch-size, --hidden-size, --latent-size and --epoch must be positive".into(),
            );
        }
        if self.save_period == 0 {
            return bad("--save-period must be at least 1".into());
        }
        super::check_learning_rate(what, "--lr", self.lr)?;
        super::check_number(what, "--min-lr", self.min_lr, 0.0, self.lr, false)
    }
}

/// The VAE layer by layer as a step runs it on one image: four hidden layers and (mu,
/// log_var) out of the encoder, three hidden layers and the pixels out of the decoder, the
/// noise, z and the losses' intermediates.
pub fn tally(config: &VaeConfig) -> super::memory::Tally {
    let (d, h, l) = (config.pixels(), config.hidden, config.latent);
    let mut n = super::memory::Tally::default();
    for (a, b) in [(d, h), (h, h), (h, h), (h, h), (h, 2 * l)] {
        n.linear(1, a, b, true);
    }
    for (a, b) in [(l, h), (h, h), (h, h), (h, d)] {
        n.linear(1, a, b, true);
    }
    n.keep((4 * d + 3 * l) as u128);
    n
}

/// What a run writes into its run directory.
pub fn run_outputs(run_dir: &Path) -> super::RunOutputs {
    super::RunOutputs::default()
        .prefixed(run_dir.to_path_buf(), "checkpoint_")
        .file(run_dir.join("metrics.csv"))
        .file(run_dir.join("loss_curve.png"))
        .prefixed(run_dir.to_path_buf(), "events.out.tfevents.")
}

/// What a run did.
#[derive(Debug)]
pub struct TrainSummary {
    /// The run directory the outputs went to.
    pub run_dir: PathBuf,
    /// The epoch the run started at (after the resumed one).
    pub first_epoch: usize,
    /// The last epoch it finished.
    pub last_epoch: usize,
    /// Mean loss per epoch, in order, for the epochs this call trained.
    pub epoch_losses: Vec<f64>,
    /// The last checkpoint this run wrote, if any.
    pub last_checkpoint: Option<PathBuf>,
    /// Training images per second over the whole run.
    pub images_per_s: f64,
}

/// A dataset of CHW images in [0, 1].
pub struct Sprites {
    /// The files the images came from, in the same order.
    pub files: Vec<PathBuf>,
    /// Each image as CHW floats in [0, 1].
    pub images: Vec<Vec<f32>>,
}

/// Load every image in `dir` at `size`×`size`. Unreadable files are skipped with a warning
/// naming them (one broken sprite should not end a long run); a folder with none readable is
/// an error.
pub fn load_sprites(dir: &Path, size: u32, warn: &mut dyn FnMut(String)) -> Result<Sprites> {
    let mut files = vec![];
    let mut images = vec![];
    for f in list_images(dir)? {
        match load_rgb(&f, size) {
            Ok(img) => {
                files.push(f);
                images.push(img);
            }
            Err(e) => warn(format!("skipping {}: {e}", f.display())),
        }
    }
    if images.is_empty() {
        return Err(Error::data(
            format!("loading {}", dir.display()),
            "none of the image files could be decoded",
        ));
    }
    Ok(Sprites { files, images })
}

/// The seed's 99 % / 1 % split (int(0.99·n) training images), drawn from `seed`.
pub fn split(n: usize, seed: u64) -> (Vec<usize>, Vec<usize>) {
    let order = shuffled(n, seed, u64::MAX);
    let n_train = ((n as f64) * 0.99) as usize;
    (order[..n_train].to_vec(), order[n_train..].to_vec())
}

const EPS_STREAM: u32 = 1000;
/// The validation images' noise: one fixed draw, the same every epoch, so the curve moves
/// with the model only.
const VAL_STREAM: u32 = 1001;

/// The held-out images as one batch on the device, built once for the run; None without
/// held-out images.
fn held_out_batch(
    gpu: &Gpu,
    config: &VaeConfig,
    images: &[Vec<f32>],
    held_out: &[usize],
) -> Result<Option<Var>> {
    if held_out.is_empty() {
        return Ok(None);
    }
    let mut host = Vec::with_capacity(held_out.len() * config.pixels());
    for &i in held_out {
        host.extend_from_slice(&images[i]);
    }
    let shape = [held_out.len(), 3, config.input_size, config.input_size];
    Ok(Some(Var::constant(Tensor::from_f32(gpu, &host, &shape)?)))
}

/// The held-out batch's losses (loss, reconstruction, KL) with the model as it is, scaled to a
/// batch of `batch` images (the training loss is a sum over its batch), so the two curves
/// compare.
fn validation_losses(model: &PokemonVae, x: &Var, batch: usize, seed: u64) -> Result<[f64; 3]> {
    let key = RngKey {
        seed,
        stream: VAL_STREAM,
        offset: 0,
    };
    let scale = batch as f64 / x.shape()[0] as f64;
    let losses = no_grad(|| -> Result<[Var; 3]> {
        let f = model.forward(x, key)?;
        let (l, r, k) = PokemonVae::loss(x, &f)?;
        Ok([l, r, k])
    })?;
    let mut out = [0.0; 3];
    for (o, v) in out.iter_mut().zip(&losses) {
        *o = v.value().scalar()? as f64 * scale;
    }
    Ok(out)
}

/// Train (or resume), writing everything under the run directory.
pub fn train(gpu: &Gpu, opts: &TrainOptions, log: &mut dyn FnMut(String)) -> Result<TrainSummary> {
    opts.validate()?;
    // data-parallel: the same settings on every rank, before anything is read or written
    super::ranks_agree_on("the settings", opts)?;
    super::check_rank_batch("pokemon-vae train", opts.batch_size)?;
    // --amp on an adapter without f16 is refused before anything is read or written
    amp_scaler(gpu, opts.amp, "pokemon-vae train")?;
    let config = VaeConfig {
        input_size: 40,
        hidden: opts.hidden_size,
        latent: opts.latent_size,
    };
    // before anything is allocated (or the data read): a model that cannot fit is refused now
    tally(&config)
        .estimate(super::rank_batch(opts.batch_size))
        .check(
            gpu,
            "pokemon-vae train",
            opts.batch_size,
            "lower --hidden-size or --batch-size",
            log,
        )?;
    let sprites = load_sprites(&opts.data, config.input_size as u32, log)?;
    super::ranks_agree_on("the training images", &sprites.files)?;
    let (train_idx, held_out) = split(sprites.images.len(), opts.seed);
    let batches = train_idx.len() / opts.batch_size;
    if batches == 0 {
        return Err(Error::config(
            "pokemon-vae train",
            format!(
                "{} training images make no full batch of {} (drop_last); lower --batch-size",
                train_idx.len(),
                opts.batch_size
            ),
        ));
    }
    let run_dir = opts.run_dir();
    let _lock = super::set_up_run_folder(
        "pokemon-vae",
        &run_dir,
        &[&run_dir],
        run_outputs(&run_dir),
        (opts.resume.is_some(), opts.overwrite),
        log,
    )?;
    let root = crate::dist::world().is_root();

    let mut trainer = crate::gpu::allocating_weights(
        "the Pokemon VAE",
        "lower --hidden-size or --latent-size",
        || PokemonVaeTrainer::new(gpu, opts, &sprites.images, train_idx.clone()),
    )?;
    let mut first_epoch = 0;
    if let Some(path) = &opts.resume {
        first_epoch = trainer.resume(path)? + 1;
        log(format!(
            "resumed from {} at epoch {first_epoch}",
            path.display()
        ));
    }
    // once the run is sure to start (a checkpoint that cannot be resumed writes nothing)
    if let Some(s) = opts.settings.as_ref().filter(|_| root) {
        super::write_settings(&run_dir, "pokemon-vae", s, log)?;
    }
    trainer.held_out = held_out_batch(gpu, &config, &sprites.images, &held_out)?;
    let plan = EpochPlan {
        first_epoch,
        batch_size: opts.batch_size,
        unit: "img",
        progress: opts.progress,
        save_every: opts.save_period,
        weights_only: opts.weights_only,
        curve: Some((
            run_dir.join("loss_curve.png"),
            "Pokemon VAE training loss".into(),
        )),
        stop_after: opts.stop_after,
        ..EpochPlan::new(
            "pokemon-vae",
            opts.epoch,
            run_dir.join("metrics.csv"),
            run_dir.clone(),
            Checkpoints::Numbered {
                dir: run_dir.clone(),
                prefix: "checkpoint_".into(),
                keep_last: opts.keep_last,
            },
        )
    };
    let done = fit(&mut trainer, &plan, log)?;
    Ok(TrainSummary {
        run_dir,
        first_epoch,
        last_epoch: done.last_epoch,
        epoch_losses: done.epoch_means.iter().map(|m| m[0]).collect(),
        last_checkpoint: done.last_checkpoint,
        images_per_s: done.items_per_s,
    })
}

/// The Pokemon VAE's training as the shared epoch loop runs it (and `wgtrain bench` times its
/// step): the seed's loss (10 × the summed squared error plus the KL term), Adam at the
/// epoch's warm-up + cosine learning rate, full batches only; after each epoch the held-out
/// images' losses and, every `image_every` epochs, the last batch and its reconstruction.
pub struct PokemonVaeTrainer<'a> {
    /// The model.
    pub model: PokemonVae,
    gpu: Gpu,
    params: Vec<(String, Var)>,
    adam: Adam,
    opts: TrainOptions,
    images: &'a [Vec<f32>],
    train_idx: Vec<usize>,
    /// The held-out images as one batch (validation losses after each epoch; none without).
    pub held_out: Option<Var>,
    lr: f64,
    step: u64,
    last: Option<(Var, Var)>,
    /// The loss scaler with `--amp`.
    scaler: Option<GradScaler>,
    /// This rank's part of the batch (data-parallel; None: the whole batch).
    share: Option<Share>,
}

impl<'a> PokemonVaeTrainer<'a> {
    /// A fresh model (sized and seeded by `opts`) and its Adam, training on the images
    /// `train_idx` of `images` (3 × 40 × 40 in [0, 1]).
    pub fn new(
        gpu: &Gpu,
        opts: &TrainOptions,
        images: &'a [Vec<f32>],
        train_idx: Vec<usize>,
    ) -> Result<PokemonVaeTrainer<'a>> {
        let config = VaeConfig {
            input_size: 40,
            hidden: opts.hidden_size,
            latent: opts.latent_size,
        };
        let scaler = amp_scaler(gpu, opts.amp, "pokemon-vae train")?;
        let model = PokemonVae::new(gpu, config, opts.seed)?;
        let params = model.named_parameters();
        let adam = adam_over(&params, opts.lr)?;
        Ok(PokemonVaeTrainer {
            scaler,
            model,
            gpu: gpu.clone(),
            params,
            adam,
            opts: opts.clone(),
            images,
            train_idx,
            held_out: None,
            lr: opts.lr,
            step: 0,
            last: None,
            share: None,
        })
    }

    /// Restore the model and Adam from a checkpoint; returns its epoch.
    pub fn resume(&mut self, path: &Path) -> Result<usize> {
        resume(
            path,
            &self.model,
            &mut self.adam,
            self.scaler.as_mut(),
            &self.opts,
        )
    }

    fn batches_per_epoch(&self) -> usize {
        self.train_idx.len() / self.opts.batch_size
    }
}

impl Trainer for PokemonVaeTrainer<'_> {
    type Batch = Var;

    fn columns(&self) -> &'static [&'static str] {
        &["loss", "reconstruct_loss", "kl_divergence"]
    }

    fn header(&self) -> &'static str {
        "epoch,lr,loss,reconstruct_loss,kl_divergence,images_per_s,val_loss,\
         val_reconstruct_loss,val_kl_divergence"
    }

    fn begin_epoch(&mut self, epoch: usize) -> Result<()> {
        let o = &self.opts;
        self.lr = learning_rate(epoch, o.epoch, o.lr, o.min_lr, o.warmup_epochs);
        self.adam.set_lr(self.lr);
        // the noise of step s is drawn at offset s (so a resumed run repeats the draws)
        self.step = (epoch * self.batches_per_epoch()) as u64;
        Ok(())
    }

    fn batches(&self, epoch: usize) -> Vec<Vec<usize>> {
        let o = &self.opts;
        Batches::over(&self.train_idx, o.batch_size, true, o.seed, epoch as u64).collect()
    }

    fn batch(&self, picks: &[usize]) -> Result<Var> {
        image_batch(&self.gpu, self.images, picks, self.model.config.input_size)
    }

    fn data_parallel(&self) -> Option<LossSum> {
        Some(LossSum::Sum)
    }

    fn set_share(&mut self, share: Share) {
        self.share = Some(share);
    }

    fn step(&mut self, x: &Var) -> Result<StepReport> {
        // noise at the global batch's positions: a rank's part of the batch draws what one
        // process draws for those images
        let share = self.share.unwrap_or(Share::whole(x.shape()[0]));
        let latent = self.model.config.latent as u32;
        let per_step = share.global as u32 * latent;
        let key = RngKey {
            seed: self.opts.seed,
            stream: EPS_STREAM,
            offset: (self.step as u32)
                .wrapping_mul(per_step)
                .wrapping_add(share.start as u32 * latent),
        };
        self.step += 1;
        self.last = None;
        let f = autocast(self.scaler.is_some(), || self.model.forward(x, key))?;
        let (loss, recon, kl) = PokemonVae::loss(x, &f)?;
        let skipped = backward_and_step(
            &mut self.adam,
            &self.params,
            &loss,
            self.scaler.as_mut(),
            None,
        )?;
        // kept for the pictures without the graph behind them
        self.last = Some((x.clone(), f.recon.detach()));
        Ok(StepReport::new(vec![
            loss.value().scalar()? as f64,
            recon.value().scalar()? as f64,
            kl.value().scalar()? as f64,
        ])
        .with_scaler_skip(skipped))
    }

    fn message(&self, epoch: usize, r: &StepReport) -> String {
        format!("epoch {epoch} loss {:.1} lr {:.2e}", r.loss(), self.lr)
    }

    fn epoch_row(
        &mut self,
        epoch: usize,
        stats: &EpochStats,
        _: &mut dyn FnMut(String),
    ) -> Result<Vec<f64>> {
        let (means, images_per_s) = (stats.means(), stats.items_per_s);
        let (loss, recon, kl) = if self.opts.legacy_logging {
            // The seed adds KL to the running loss a second time and never accumulates KL.
            let legacy = (stats.sums[0] + stats.sums[2]) / stats.steps.max(1) as f64;
            (legacy, legacy, 0.0)
        } else {
            (means[0], means[1], means[2])
        };
        // the 1 % held out by the split, evaluated as the model stands after the epoch
        let [val_loss, val_recon, val_kl] = match &self.held_out {
            Some(x) => validation_losses(&self.model, x, self.opts.batch_size, self.opts.seed)?,
            None => [f64::NAN; 3],
        };
        Ok(vec![
            epoch as f64,
            self.lr,
            loss,
            recon,
            kl,
            images_per_s,
            val_loss,
            val_recon,
            val_kl,
        ])
    }

    fn log_row(&self, tb: &mut EventWriter, row: &[f64], epoch: usize) -> Result<()> {
        if !self.opts.legacy_logging {
            return super::log_epoch_row(tb, self.header(), row, epoch);
        }
        // the original's tags, with its values
        let e = epoch as i64;
        tb.add_scalar("train/lr", row[1] as f32, e)?;
        tb.add_scalar("train/epoch_loss", row[2] as f32, e)?;
        tb.add_scalar("train/epoch_kl_divergence", row[4] as f32, e)?;
        tb.add_scalar("train/epoch_reconstruct_loss", row[3] as f32, e)
    }

    fn after_epoch(&mut self, epoch: usize, end: &mut EpochEnd) -> Result<()> {
        let o = &self.opts;
        let (now, tags) = if o.legacy_logging {
            (
                epoch.is_multiple_of(o.image_every.max(1)),
                ["train/x", "train/reconstruct_img"],
            )
        } else {
            (
                end.image_epoch(epoch, o.image_every),
                ["images/input", "images/reconstruction"],
            )
        };
        let Some((x, recon)) = self.last.as_ref().filter(|_| now) else {
            return Ok(());
        };
        let (side, d) = (self.model.config.input_size, self.model.config.pixels());
        for (tag, t) in tags.into_iter().zip([x, recon]) {
            let data = t.value().to_f32()?;
            let imgs: Vec<Vec<f32>> = data.chunks(d).take(32).map(|c| c.to_vec()).collect();
            let g = viewable_grid(&grid(&imgs, 3, side, side, 8), None, &[])?;
            end.tb
                .add_image_png(tag, &png_bytes(&g)?, g.width(), g.height(), epoch as i64)?;
        }
        Ok(())
    }

    /// The warm-up's first epoch runs at learning rate 0: a checkpoint of it would hold the
    /// initial weights (the seed wrote one), so the periodic save skips it.
    fn skip_checkpoint(&self, epoch: usize) -> Option<String> {
        (self.lr == 0.0 && !self.opts.faithful).then(|| {
            format!(
                "no checkpoint of epoch {epoch}: it trained at learning rate 0 (warm-up; \
                 --faithful writes it as the original does)"
            )
        })
    }

    fn save(&self, path: &Path, epoch: usize) -> Result<()> {
        save(
            path,
            &self.model,
            &self.adam,
            self.scaler.as_ref(),
            &self.opts,
            epoch,
        )
    }
}

fn save(
    path: &Path,
    model: &PokemonVae,
    adam: &Adam,
    scaler: Option<&GradScaler>,
    opts: &TrainOptions,
    epoch: usize,
) -> Result<()> {
    let mut extra = BTreeMap::new();
    save_scaler(scaler, "", &mut extra);
    extra.insert(
        "config".into(),
        serde_json::to_string(&model.config).unwrap_or_default(),
    );
    extra.insert(
        "options".into(),
        serde_json::to_string(opts).unwrap_or_default(),
    );
    let params = model.named_parameters();
    save_checkpoint(
        path,
        "pokemon_vae",
        epoch,
        model.state_dict()?,
        adam,
        &params,
        extra,
    )
}

/// Load model and optimizer state; returns the checkpoint's epoch.
fn resume(
    path: &Path,
    model: &PokemonVae,
    adam: &mut Adam,
    scaler: Option<&mut GradScaler>,
    opts: &TrainOptions,
) -> Result<usize> {
    let (tensors, meta, what) = open_checkpoint(path, "pokemon_vae", "Pokemon VAE")?;
    restore_scaler(scaler, "", &meta, &what)?;
    let config = PokemonVae::config_of(&tensors)?;
    if config != model.config {
        return Err(Error::checkpoint(
            &what,
            format!(
                "the checkpoint has hidden {} / latent {}, the flags ask for hidden {} / latent {}",
                config.hidden, config.latent, opts.hidden_size, opts.latent_size
            ),
        ));
    }
    model.load_weights(&tensors)?;
    restore_adam(adam, &tensors, &meta, &what)
}
