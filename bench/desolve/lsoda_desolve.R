# R deSolve peer of the Lymphoscope engine: deSolve's lsoda (ODEPACK LSODA, the integrator
# behind most R pharmacometric models) on the engine's own right-hand side, compiled
# (DesolveModel.cpp, loaded with dyn.load), restarted at every dose breakpoint (tcrit at the
# breakpoint), on the daily grid, at the engine's tolerances (rtol, and atol as the same share
# of each state's typical size).
#
# Usage: Rscript lsoda_desolve.R MODULE PATIENTS.json STATES.bin REPEATS RTOL...
#   PATIENTS.json: what `lymphoscope-bench --export-patients N FILE` writes.
#   STATES.bin: every state on every grid day, per tolerance and patient (doubles, row-major).
#   stdout, last line: one JSON object with the time per patient (median of REPEATS passes
#   over all patients) and the solver's counts, per tolerance.
suppressPackageStartupMessages(library(deSolve))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 5) stop("usage: lsoda_desolve.R MODULE PATIENTS.json STATES.bin REPEATS RTOL...")
module <- args[1]
repeats <- as.integer(args[4])
tolerances <- as.numeric(args[-(1:4)])
dyn.load(module)
dll <- sub("\\.[^.]*$", "", basename(module)) # the name R knows the module by

o <- .C("lymph_open", args[2], patients = integer(1), segments = integer(1),
        grid = integer(1), states = integer(1), ok = integer(1))
if (o$ok != 1) stop("cannot read ", args[2])
grid <- .C("lymph_grid", grid = double(o$grid))$grid
segments <- lapply(seq_len(o$segments) - 1L, function(k)
    .C("lymph_segment", as.integer(k), start = double(1), end = double(1), graft = integer(1)))

# One patient: every state on every grid day, and lsoda's counts summed over the segments.
run_patient <- function(p, rtol) {
    y <- .C("lymph_baseline", as.integer(p), y = double(o$states))$y
    atol <- rtol * .C("lymph_typical", as.integer(p), m = double(o$states))$m
    rows <- matrix(0, nrow = length(grid), ncol = o$states)
    nxt <- 1L
    counts <- c(steps = 0, evals = 0, jacobians = 0)
    for (k in seq_along(segments)) {
        s <- segments[[k]]
        if (s$graft == 1L) y <- .C("lymph_graft", as.integer(p), y = y)$y
        while (nxt <= length(grid) && grid[nxt] <= s$start) {
            rows[nxt, ] <- y
            nxt <- nxt + 1L
        }
        if (s$end <= s$start) next
        inside <- grid[grid > s$start & grid <= s$end]
        times <- c(s$start, inside)
        if (length(inside) == 0 || inside[length(inside)] < s$end) times <- c(times, s$end)
        # hmax = 0: no step limit, as the engine and the other peers have (deSolve's default
        # caps the step at the longest output interval, here one day).
        out <- lsoda(y, times, func = "derivs", parms = c(p, k - 1), dllname = dll,
                     initfunc = "initmod", rtol = rtol, atol = atol, tcrit = s$end, hmax = 0)
        istate <- attr(out, "istate")
        if (istate[1] < 0 || nrow(out) != length(times))
            stop(sprintf("lsoda failed (istate %d) for patient %d on day %g", istate[1], p, s$start))
        n <- length(inside)
        if (n > 0) rows[nxt:(nxt + n - 1L), ] <- out[2:(n + 1L), -1]
        nxt <- nxt + n
        y <- unname(out[nrow(out), -1])
        if (any(!is.finite(y))) stop(sprintf("non-finite state for patient %d on day %g", p, s$end))
        y <- pmax(y, 0) # as the engine does between segments
        # Steps, evaluations (the difference-quotient Jacobians' included), and Jacobians,
        # each followed by an LU decomposition (?lsoda, "istate").
        counts <- counts + c(istate[2], istate[3], istate[14])
    }
    while (nxt <= length(grid)) {
        rows[nxt, ] <- y
        nxt <- nxt + 1L
    }
    list(rows = rows, counts = counts)
}

patients <- seq_len(o$patients) - 1L
# R compiles the functions it runs over the first few calls: three untimed passes first.
for (i in 1:3) for (p in patients) run_patient(p, tolerances[1])
con <- file(args[3], "wb")
ms <- c(); evals <- c(); steps <- c(); jacobians <- c()
for (rtol in tolerances) {
    counts <- c(steps = 0, evals = 0, jacobians = 0)
    for (p in patients) {
        r <- run_patient(p, rtol)
        writeBin(as.vector(t(r$rows)), con)
        counts <- counts + r$counts
    }
    passes <- sapply(seq_len(repeats), function(i) {
        start <- Sys.time()
        for (p in patients) run_patient(p, rtol)
        as.numeric(difftime(Sys.time(), start, units = "secs"))
    })
    ms <- c(ms, 1000 * median(passes) / length(patients))
    evals <- c(evals, counts[["evals"]] / length(patients))
    steps <- c(steps, counts[["steps"]] / length(patients))
    jacobians <- c(jacobians, counts[["jacobians"]] / length(patients))
}
close(con)
vec <- function(x) paste0("[", paste(sprintf("%.17g", x), collapse = ", "), "]")
cat(sprintf(paste0('{"patients": %d, "tolerances": %s, "ms_per_patient": %s, ',
                   '"rhs_evals_per_patient": %s, "steps_per_patient": %s, ',
                   '"jacobians_per_patient": %s}\n'),
            length(patients), vec(tolerances), vec(ms), vec(evals), vec(steps), vec(jacobians)))
