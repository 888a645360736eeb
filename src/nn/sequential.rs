//! torch.nn.Sequential and the activation modules.

use super::{join, Forward, Module, Visitor};
use crate::autograd::Var;
use crate::error::Result;

/// Modules applied in order; the `i`-th one's parameters are named `{i}.…` as in PyTorch.
#[derive(Default)]
pub struct Sequential {
    layers: Vec<Box<dyn Forward>>,
}

impl Sequential {
    /// No layers yet.
    pub fn new() -> Sequential {
        Sequential::default()
    }

    /// Append `layer` (its index is its name).
    #[allow(clippy::should_implement_trait)]
    pub fn add(mut self, layer: impl Forward + 'static) -> Sequential {
        self.layers.push(Box::new(layer));
        self
    }

    /// How many layers.
    pub fn len(&self) -> usize {
        self.layers.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.layers.is_empty()
    }

    /// The `i`-th layer.
    pub fn get(&self, i: usize) -> Option<&dyn Forward> {
        self.layers.get(i).map(|l| l.as_ref())
    }
}

impl Module for Sequential {
    fn visit(&self, prefix: &str, v: &mut dyn Visitor) {
        for (i, l) in self.layers.iter().enumerate() {
            l.visit(&join(prefix, &i.to_string()), v);
        }
    }
}

impl Forward for Sequential {
    fn forward(&self, x: &Var) -> Result<Var> {
        let mut x = x.clone();
        for l in &self.layers {
            x = l.forward(&x)?;
        }
        Ok(x)
    }
}

macro_rules! activation {
    ($(#[$doc:meta])* $name:ident, |$x:ident| $body:expr) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default)]
        pub struct $name;
        impl Module for $name {
            fn visit(&self, _prefix: &str, _v: &mut dyn Visitor) {}
        }
        impl Forward for $name {
            fn forward(&self, $x: &Var) -> Result<Var> {
                $body
            }
        }
    };
}

activation!(
    /// torch.nn.ReLU: max(x, 0).
    Relu,
    |x| x.relu()
);
activation!(
    /// torch.nn.Tanh.
    Tanh,
    |x| x.tanh()
);
activation!(
    /// torch.nn.Sigmoid: 1 / (1 + e^−x).
    Sigmoid,
    |x| x.sigmoid()
);
activation!(
    /// torch.nn.Flatten: `[N, ...]` → `[N, rest]`.
    Flatten,
    |x| {
        let n = x.shape().first().copied().unwrap_or(1);
        let rest = x.shape().iter().skip(1).product();
        x.reshape(&[n, rest])
    }
);

/// torch.nn.LeakyReLU: x for x ≥ 0, slope · x below (PyTorch's default slope 0.01).
#[derive(Clone, Copy, Debug)]
pub struct LeakyRelu(pub f32);

impl Default for LeakyRelu {
    fn default() -> Self {
        LeakyRelu(0.01)
    }
}

impl Module for LeakyRelu {
    fn visit(&self, _prefix: &str, _v: &mut dyn Visitor) {}
}

impl Forward for LeakyRelu {
    fn forward(&self, x: &Var) -> Result<Var> {
        x.leaky_relu(self.0)
    }
}
