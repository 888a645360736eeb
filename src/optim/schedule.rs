//! Learning-rate schedules, set once per epoch, as closed forms of PyTorch's schedulers (so a
//! resumed run needs only the epoch, not a scheduler's state). The trainers use them; a user's
//! loop calls `opt.set_lr(schedule.at(epoch))` before the epoch's steps.

/// A learning rate as a function of the epoch.
#[derive(Clone, Debug, PartialEq)]
pub enum LrSchedule {
    /// The same rate every epoch.
    Constant {
        /// The rate.
        lr: f64,
    },
    /// CosineAnnealingLR(T_max, eta_min): `lr` at epoch 0, `min_lr` at `t_max`, rising again
    /// past it as PyTorch's does.
    Cosine {
        /// The rate at epoch 0.
        lr: f64,
        /// The rate at `t_max` (eta_min).
        min_lr: f64,
        /// Epochs of the half cycle (T_max).
        t_max: usize,
    },
    /// Linear warm-up from 0 over `warmup` epochs (epoch 0 trains at rate 0), then half a
    /// cosine from `lr` to `min_lr` over the remaining `epochs - warmup` (the Pokemon VAE's).
    WarmupCosine {
        /// The rate at the end of the warm-up.
        lr: f64,
        /// The rate at the last epoch.
        min_lr: f64,
        /// Warm-up epochs.
        warmup: usize,
        /// All epochs.
        epochs: usize,
    },
    /// StepLR(step_size, gamma): `lr · gamma^⌊epoch / every⌋`.
    Step {
        /// The rate at epoch 0.
        lr: f64,
        /// Epochs between decays (step_size).
        every: usize,
        /// The factor of each decay.
        gamma: f64,
    },
}

impl LrSchedule {
    /// The rate of `epoch` (counted from 0).
    pub fn at(&self, epoch: usize) -> f64 {
        let half_cosine = |from: f64, to: f64, t: f64, span: f64| {
            to + (from - to) * 0.5 * (1.0 + (std::f64::consts::PI * t / span).cos())
        };
        match *self {
            LrSchedule::Constant { lr } => lr,
            LrSchedule::Cosine { lr, min_lr, t_max } => {
                half_cosine(lr, min_lr, epoch as f64, t_max.max(1) as f64)
            }
            LrSchedule::WarmupCosine {
                lr,
                min_lr,
                warmup,
                epochs,
            } => {
                if epoch < warmup {
                    lr * epoch as f64 / warmup as f64
                } else {
                    let span = epochs.saturating_sub(warmup).max(1) as f64;
                    half_cosine(lr, min_lr, (epoch - warmup) as f64, span)
                }
            }
            LrSchedule::Step { lr, every, gamma } => lr * gamma.powi((epoch / every.max(1)) as i32),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each schedule against its formula written out, at the points where they are easy to
    /// get wrong: epoch 0, the end of a warm-up, the middle and the end of a cosine, a step.
    #[test]
    fn schedules_follow_pytorchs_closed_forms() {
        let close = |a: f64, b: f64| (a - b).abs() <= 1e-12 * b.abs().max(1.0);
        assert_eq!(LrSchedule::Constant { lr: 0.1 }.at(7), 0.1);
        let cos = LrSchedule::Cosine {
            lr: 1.0,
            min_lr: 0.1,
            t_max: 10,
        };
        assert!(close(cos.at(0), 1.0));
        assert!(close(cos.at(5), 0.55));
        assert!(close(cos.at(10), 0.1));
        assert!(close(cos.at(15), 0.55), "past T_max it rises again");
        let warm = LrSchedule::WarmupCosine {
            lr: 5e-4,
            min_lr: 1e-7,
            warmup: 20,
            epochs: 10_000,
        };
        assert_eq!(warm.at(0), 0.0);
        assert!(close(warm.at(10), 2.5e-4));
        assert!(close(warm.at(20), 5e-4));
        assert!(close(warm.at(20 + 4990), 1e-7 + (5e-4 - 1e-7) * 0.5));
        assert!(close(warm.at(10_000), 1e-7));
        let step = LrSchedule::Step {
            lr: 1.0,
            every: 3,
            gamma: 0.5,
        };
        let rates: Vec<f64> = (0..7).map(|e| step.at(e)).collect();
        assert_eq!(rates, [1.0, 1.0, 1.0, 0.5, 0.5, 0.5, 0.25]);
    }
}
