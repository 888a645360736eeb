//! `wgtrain pokemon-vae train | sample | traverse | interpolate | progression` (seed 004).

use super::{DeviceArgs, DiskArgs, PrecisionArgs, SettingsFile};
use anyhow::{bail, Context};
use clap::{Args, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};
use wgtrain::io::checkpoint;
use wgtrain::io::image::{grid, list_images, load_rgb, save_png};
use wgtrain::io::plot::viewable_grid;
use wgtrain::kernels::random::RngKey;
use wgtrain::models::pokemon_vae::{corner_grid, lerp, normal_latents, PokemonVae};
use wgtrain::train::disk::ResumeFrom;
use wgtrain::train::pokemon_vae::{train, TrainOptions};
use wgtrain::Gpu;

#[derive(Subcommand, Debug)]
pub enum PokemonVaeCommand {
    /// Train the MLP VAE as the original's main.py (warmup + cosine LR, checkpoints, TensorBoard).
    Train(TrainArgs),
    /// Decode latents drawn from N(0, 1) (or read from a file) into a PNG grid.
    Sample(SampleArgs),
    /// The original's test_vae: vary two latent dimensions of one image's mu over a grid, plus the
    /// 2-D diagonal interpolation between two images.
    Traverse(TraverseArgs),
    /// Interpolate between images in latent space: linear (two images), bilinear or slerp
    /// (four corners), as the original's test_vae / vis2 / vis3.
    Interpolate(InterpolateArgs),
    /// The original's vis1: one image decoded by the checkpoints of successive epochs.
    Progression(ProgressionArgs),
}

#[derive(Args, Debug)]
pub struct TrainArgs {
    #[command(flatten)]
    settings_file: SettingsFile,
    /// Folder of PNG/JPEG sprites (sorted by name; RGBA composited on white; resized to 40x40).
    #[arg(long, default_value = "data/emoji40")]
    data: PathBuf,
    /// Width of the encoder's and decoder's hidden layers.
    #[arg(long = "hidden-size", alias = "hidden_size", default_value_t = 1024)]
    hidden_size: usize,
    /// Size of the latent code z.
    #[arg(long = "latent-size", alias = "latent_size", default_value_t = 16)]
    latent_size: usize,
    /// Images per training batch (the last partial batch is dropped).
    #[arg(long = "batch-size", alias = "batch_size", default_value_t = 256)]
    batch_size: usize,
    /// Prefix of the run directory `{output_dir}_lr{lr}_epoch{epoch}_latent{l}_hidden{h}`.
    #[arg(
        long = "output-dir",
        alias = "output_dir",
        default_value = "output_dir"
    )]
    output_dir: String,
    /// Number of epochs (the original spells it --epoch, accepted too).
    #[arg(
        long = "epochs",
        alias = "epoch",
        value_name = "N",
        default_value_t = 10_000
    )]
    epoch: usize,
    /// Peak learning rate (after warmup).
    #[arg(long, default_value_t = 5e-4)]
    lr: f64,
    /// Save a checkpoint every this many epochs (and after the last one).
    #[arg(long = "save-period", alias = "save_period", default_value_t = 200)]
    save_period: usize,
    /// Epochs of linear warmup from lr 0.
    #[arg(long = "warmup-epochs", alias = "warmup_epochs", default_value_t = 20)]
    warmup_epochs: usize,
    /// Learning rate at the end of the cosine.
    #[arg(long = "min-lr", alias = "min_lr", default_value_t = 1e-7)]
    min_lr: f64,
    /// Seed of the weights, the split, the shuffles and the sampling noise.
    #[arg(long, default_value_t = 41)]
    seed: u64,
    /// Continue at the epoch after a checkpoint_{epoch}.safetensors, with Adam's state:
    /// `latest` (or a bare --resume) is the run directory's newest, PATH that file.
    #[arg(long, num_args = 0..=1, default_missing_value = "latest", value_name = "PATH|latest")]
    resume: Option<String>,
    /// Start over in a folder that holds an earlier run: delete its checkpoints, metrics, grids
    /// and TensorBoard logs first (without it such a folder is refused).
    #[arg(long, conflicts_with = "resume")]
    overwrite: bool,
    /// Log the original's TensorBoard tags with its buggy values (KL counted twice in the loss,
    /// KL always 0) instead of the shared tag scheme.
    #[arg(long = "legacy-logging", alias = "legacy_logging")]
    legacy_logging: bool,
    /// Send input and reconstruction images to TensorBoard on the first and last epoch and
    /// every this many epochs (--legacy-logging: every this many only, as the original).
    #[arg(long = "image-every", alias = "image_every", default_value_t = 50)]
    image_every: usize,
    /// No progress bar.
    #[arg(long)]
    quiet: bool,
    /// Reproduce the original's quirks: its TensorBoard tags and values (--legacy-logging)
    /// and a checkpoint of the warm-up's epoch 0, which trains at learning rate 0.
    #[arg(long)]
    faithful: bool,
    #[command(flatten)]
    disk: DiskArgs,
    #[command(flatten)]
    precision: PrecisionArgs,
}

impl TrainArgs {
    /// The options, with `--resume latest` found in the run directory.
    pub fn options(&self) -> anyhow::Result<TrainOptions> {
        let mut opts = TrainOptions {
            data: wgtrain::train::locate(&self.data, "--data")?,
            hidden_size: self.hidden_size,
            latent_size: self.latent_size,
            batch_size: self.batch_size,
            output_dir: self.output_dir.clone(),
            epoch: self.epoch,
            lr: self.lr,
            save_period: self.save_period,
            warmup_epochs: self.warmup_epochs,
            min_lr: self.min_lr,
            seed: self.seed,
            resume: None,
            overwrite: self.overwrite,
            legacy_logging: self.legacy_logging || self.faithful,
            image_every: self.image_every,
            stop_after: None,
            progress: !self.quiet,
            keep_last: self.disk.keep_last,
            weights_only: self.disk.weights_only,
            settings: super::settings(),
            faithful: self.faithful,
            amp: self.precision.amp,
        };
        if let Some(r) = &self.resume {
            let dir = opts.run_dir();
            let newest = wgtrain::train::disk::latest_checkpoint(&dir, "checkpoint_");
            let within = format!("in {}", dir.display());
            opts.resume = Some(ResumeFrom::parse(r).resolve(newest, &within)?);
        }
        Ok(opts)
    }
}

#[derive(Args, Debug)]
pub struct ModelArgs {
    /// Weights: one of our checkpoints, or the original's PyTorch state_dict saved as safetensors.
    #[arg(long)]
    weights: PathBuf,
}

#[derive(Args, Debug)]
pub struct SampleArgs {
    #[command(flatten)]
    model: ModelArgs,
    /// How many images.
    #[arg(long, default_value_t = 64)]
    n: usize,
    /// Images per row of the grid.
    #[arg(long, default_value_t = 8)]
    nrow: usize,
    /// Seed of the latents.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Latents to decode instead: a safetensors file with one [n, latent] tensor.
    #[arg(long)]
    latents: Option<PathBuf>,
    /// Output PNG.
    #[arg(long, default_value = "samples.png")]
    out: PathBuf,
}

#[derive(Args, Debug)]
pub struct ImageChoice {
    /// Folder of images the indices refer to (sorted by name).
    #[arg(long, default_value = "data/emoji40")]
    data: PathBuf,
}

#[derive(Args, Debug)]
pub struct TraverseArgs {
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    images: ImageChoice,
    /// The image whose mu is traversed: an index into --data, or a path.
    #[arg(long, default_value = "1")]
    image: String,
    /// The second image of the diagonal 2-D interpolation.
    #[arg(long, default_value = "0")]
    other: String,
    /// The two latent dimensions to vary (columns, rows).
    #[arg(long, num_args = 2, default_values_t = [2usize, 10])]
    dims: Vec<usize>,
    /// Grid size.
    #[arg(long, default_value_t = 8)]
    steps: usize,
    /// The offsets run over [-bound, bound].
    #[arg(long, default_value_t = 4.5)]
    bound: f32,
    /// Output folder (created).
    #[arg(long, default_value = "vis/exp0-traverse")]
    out_dir: PathBuf,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Mode {
    Linear,
    Bilinear,
    Slerp,
}

#[derive(Args, Debug)]
pub struct InterpolateArgs {
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    images: ImageChoice,
    /// How to interpolate: linear between two images, bilinear or slerp (spherical) over
    /// four corners.
    #[arg(long, value_enum, default_value_t = Mode::Bilinear)]
    mode: Mode,
    /// Images (indices into --data or paths): two for linear; top-left, top-right,
    /// bottom-left, bottom-right for bilinear and slerp. Defaults: 0 1 / 9 10 12 11 (the original's).
    #[arg(long, num_args = 1..=4)]
    images_at: Vec<String>,
    /// Points per side (linear: along the line).
    #[arg(long)]
    steps: Option<usize>,
    /// Output folder (created).
    #[arg(long)]
    out_dir: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ProgressionArgs {
    #[command(flatten)]
    images: ImageChoice,
    /// Run directory holding checkpoint_{epoch}.safetensors files.
    #[arg(long)]
    run_dir: PathBuf,
    /// Epochs to show (missing checkpoints are skipped); the last one encodes the image.
    #[arg(long, num_args = 1.., default_values_t = [0usize, 200, 400, 800, 1800, 2800, 3800, 4800, 5800, 6800, 7800])]
    epochs: Vec<usize>,
    /// The image: an index into --data or a path (default: a random one, seed 2, as vis1).
    #[arg(long)]
    image: Option<String>,
    /// Output folder (created).
    #[arg(long, default_value = "vis/exp1-TimeInterpolation")]
    out_dir: PathBuf,
}

pub fn run(dev: &DeviceArgs, cmd: &PokemonVaeCommand) -> anyhow::Result<()> {
    let gpu = dev.open()?;
    match cmd {
        PokemonVaeCommand::Train(a) => {
            wgtrain::train::install_ctrl_c();
            let opts = a.options()?;
            super::say(format!(
                "training the Pokemon VAE on {} ({:?}); run directory {}",
                gpu.info().name,
                gpu.info().backend,
                opts.run_dir().display()
            ));
            let s = train(&gpu, &opts, &mut super::say)?;
            let trained = s.epoch_losses.len();
            super::say(format!(
                "{}{}; last checkpoint {}; TensorBoard: tensorboard --logdir {}",
                wgtrain::train::epochs_done(s.first_epoch, trained, opts.epoch),
                if trained > 0 {
                    format!(", {:.0} images/s", s.images_per_s)
                } else {
                    String::new()
                },
                s.last_checkpoint
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_else(|| "none".into()),
                s.run_dir.display()
            ));
            Ok(())
        }
        PokemonVaeCommand::Sample(a) => sample(&gpu, a),
        PokemonVaeCommand::Traverse(a) => traverse(&gpu, a),
        PokemonVaeCommand::Interpolate(a) => interpolate(&gpu, a),
        PokemonVaeCommand::Progression(a) => progression(&gpu, a),
    }
}

pub fn load_model(gpu: &Gpu, path: &Path) -> anyhow::Result<PokemonVae> {
    let (tensors, _) = checkpoint::load(path)?;
    PokemonVae::from_state_dict(gpu, &tensors)
        .with_context(|| format!("loading {}", path.display()))
}

/// An image by index into the sorted folder, or by path.
fn pick_image(data: &Path, which: &str, size: usize) -> anyhow::Result<(String, Vec<f32>)> {
    let path = match which.parse::<usize>() {
        Ok(i) => {
            let data = &wgtrain::train::locate(data, "--data")?;
            let files = list_images(data)?;
            files.get(i).cloned().with_context(|| {
                format!(
                    "image index {i} is past the {} images in {}",
                    files.len(),
                    data.display()
                )
            })?
        }
        Err(_) => PathBuf::from(which),
    };
    Ok((path.display().to_string(), load_rgb(&path, size as u32)?))
}

/// A file's name without folder and extension (for output names).
fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default()
}

fn save_grid(images: &[Vec<f32>], size: usize, nrow: usize, path: &Path) -> anyhow::Result<()> {
    let g = grid(images, 3, size, size, nrow);
    save_png(path, &viewable_grid(&g, None, &[])?)?;
    println!("wrote {}", path.display());
    Ok(())
}

fn sample(gpu: &Gpu, a: &SampleArgs) -> anyhow::Result<()> {
    let model = load_model(gpu, &a.model.weights)?;
    let l = model.config.latent;
    let latents: Vec<Vec<f32>> = match &a.latents {
        Some(p) => {
            let (ts, _) = checkpoint::load(p)?;
            let t = ts
                .first()
                .with_context(|| format!("{} holds no tensor", p.display()))?;
            if t.shape.len() != 2 || t.shape[1] != l {
                bail!(
                    "{}: tensor '{}' has shape {:?}; the model needs [n, {l}]",
                    p.display(),
                    t.name,
                    t.shape
                );
            }
            t.data.chunks(l).map(|c| c.to_vec()).collect()
        }
        None => normal_latents(a.n, l, a.seed),
    };
    let images = model.decode_host(&latents)?;
    save_grid(&images, model.config.input_size, a.nrow, &a.out)
}

fn traverse(gpu: &Gpu, a: &TraverseArgs) -> anyhow::Result<()> {
    let model = load_model(gpu, &a.model.weights)?;
    let (s, l) = (model.config.input_size, model.config.latent);
    if a.dims.iter().any(|&d| d >= l) {
        bail!("--dims {:?}: the latent has {l} dimensions", a.dims);
    }
    if a.steps < 2 {
        bail!("--steps must be at least 2");
    }
    let (name0, img0) = pick_image(&a.images.data, &a.image, s)?;
    let (_, img1) = pick_image(&a.images.data, &a.other, s)?;
    let mus = model.encode_mu_host(&[img0.clone(), img1.clone()])?;
    let offsets: Vec<f32> = (0..a.steps)
        .map(|i| -a.bound + 2.0 * a.bound * i as f32 / (a.steps - 1) as f32)
        .collect();
    let mut latents = vec![];
    for &row in &offsets {
        for &col in &offsets {
            let mut z = mus[0].clone();
            z[a.dims[0]] += col;
            z[a.dims[1]] += row;
            latents.push(z);
        }
    }
    let ckpt = stem(&a.model.weights);
    let out = &a.out_dir;
    save_grid(
        &model.decode_host(&latents)?,
        s,
        a.steps,
        &out.join(format!(
            "grid_img_{ckpt}_step{}_bound{}_dim{:?}.png",
            a.steps, a.bound, a.dims
        )),
    )?;
    // The seed's diagonal grid: alpha = (i + j) / (2·(steps − 1)).
    let mut diag = vec![];
    for i in 0..a.steps {
        for j in 0..a.steps {
            diag.push(lerp(
                &mus[0],
                &mus[1],
                (i + j) as f32 / (2 * (a.steps - 1)) as f32,
            ));
        }
    }
    save_grid(
        &model.decode_host(&diag)?,
        s,
        a.steps,
        &out.join(format!("2d_interp_{ckpt}.png")),
    )?;
    save_grid(&[img0, img1], s, 2, &out.join("raw_images.png"))?;
    println!("traversed {name0}");
    Ok(())
}

fn interpolate(gpu: &Gpu, a: &InterpolateArgs) -> anyhow::Result<()> {
    let model = load_model(gpu, &a.model.weights)?;
    let s = model.config.input_size;
    let (defaults, folder): (Vec<&str>, &str) = match a.mode {
        Mode::Linear => (vec!["0", "1"], "vis/exp2-LinearInterpolation"),
        Mode::Bilinear => (vec!["9", "10", "12", "11"], "vis/exp2-PrarmsInterpolation"),
        Mode::Slerp => (vec!["9", "10", "12", "11"], "vis/exp3-SlerpInterpolation"),
    };
    let picks: Vec<String> = if a.images_at.is_empty() {
        defaults.iter().map(|s| s.to_string()).collect()
    } else {
        a.images_at.clone()
    };
    let need = if matches!(a.mode, Mode::Linear) { 2 } else { 4 };
    if picks.len() != need {
        bail!(
            "--images-at needs {need} images for {:?} (got {})",
            a.mode,
            picks.len()
        );
    }
    let mut raws = vec![];
    for p in &picks {
        raws.push(pick_image(&a.images.data, p, s)?.1);
    }
    let mus = model.encode_mu_host(&raws)?;
    // Indices as given, paths by their file stem, so the output name stays one file name.
    let labels: Vec<String> = picks
        .iter()
        .map(|p| {
            if p.parse::<usize>().is_ok() {
                p.clone()
            } else {
                stem(Path::new(p))
            }
        })
        .collect();
    let out = a.out_dir.clone().unwrap_or_else(|| PathBuf::from(folder));
    let ckpt = stem(&a.model.weights);
    match a.mode {
        Mode::Linear => {
            let steps = a.steps.unwrap_or(20).max(2);
            let zs: Vec<Vec<f32>> = (0..steps)
                .map(|i| lerp(&mus[0], &mus[1], i as f32 / (steps - 1) as f32))
                .collect();
            save_grid(
                &model.decode_host(&zs)?,
                s,
                steps,
                &out.join(format!(
                    "latent_interp_{ckpt}_idx{}_{}_steps{steps}.png",
                    labels[0], labels[1]
                )),
            )?;
        }
        Mode::Bilinear | Mode::Slerp => {
            let steps = a.steps.unwrap_or(10).max(2);
            let zs = corner_grid(
                [&mus[0], &mus[1], &mus[2], &mus[3]],
                steps,
                matches!(a.mode, Mode::Slerp),
            );
            let kind = if matches!(a.mode, Mode::Slerp) {
                "slerp"
            } else {
                "bilinear"
            };
            save_grid(
                &model.decode_host(&zs)?,
                s,
                steps,
                &out.join(format!(
                    "4img_{kind}_interp_{ckpt}_idx({})_steps{steps}.png",
                    labels.join(", ")
                )),
            )?;
        }
    }
    save_grid(&raws, s, raws.len(), &out.join("corner_images.png"))
}

fn progression(gpu: &Gpu, a: &ProgressionArgs) -> anyhow::Result<()> {
    let ckpts: Vec<(usize, PathBuf)> = a
        .epochs
        .iter()
        .map(|e| (*e, a.run_dir.join(format!("checkpoint_{e}.safetensors"))))
        .filter(|(_, p)| p.exists())
        .collect();
    let Some((last_epoch, last)) = ckpts.last().cloned() else {
        bail!(
            "none of the checkpoints for epochs {:?} exist in {}",
            a.epochs,
            a.run_dir.display()
        );
    };
    let encoder = load_model(gpu, &last)?;
    let s = encoder.config.input_size;
    let which = match &a.image {
        Some(w) => w.clone(),
        None => {
            let n = list_images(&wgtrain::train::locate(&a.images.data, "--data")?)?.len();
            (wgtrain::train::shuffled(n, 2, 0)[0]).to_string()
        }
    };
    let (name, img) = pick_image(&a.images.data, &which, s)?;
    // As vis1: the sampled z (not mu) of the last checkpoint, decoded by every checkpoint.
    let x = wgtrain::autograd::Var::constant(wgtrain::Tensor::from_f32(gpu, &img, &[1, 3, s, s])?);
    let f = wgtrain::autograd::no_grad(|| {
        encoder.forward(
            &x,
            RngKey {
                seed: 2,
                stream: 0,
                offset: 0,
            },
        )
    })?;
    let mu = f.mu.value().to_f32()?;
    let lv = f.log_var.value().to_f32()?;
    let eps = wgtrain::kernels::random::cpu::normal(
        mu.len(),
        RngKey {
            seed: 2,
            stream: 0,
            offset: 0,
        },
        0.0,
        1.0,
    );
    let z: Vec<f32> = mu
        .iter()
        .zip(&lv)
        .zip(&eps)
        .map(|((m, v), e)| m + *e as f32 * (0.5 * v).exp())
        .collect();
    let mut row = vec![img];
    for (epoch, path) in &ckpts {
        let m = load_model(gpu, path)?;
        row.push(m.decode_host(std::slice::from_ref(&z))?.remove(0));
        eprintln!("decoded with epoch {epoch}");
    }
    save_grid(
        &row,
        s,
        row.len(),
        &a.out_dir.join("generated_images2_progression.png"),
    )?;
    println!("image {name}, encoded with epoch {last_epoch}; first panel is the original");
    Ok(())
}
