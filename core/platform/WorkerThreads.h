#pragma once
// Work spread over threads that are all joined before the caller goes on, whatever happens:
// an exception escaping a std::thread ends the program, and a joinable thread left behind
// does too. So each thread's exception is caught, a thread that cannot start counts as a
// failure, and the first failure is rethrown once every started thread has finished.

#include <atomic>
#include <functional>

namespace lymph {

// Runs `work` on `threads` threads, the calling thread among them. `failed` turns true as
// soon as one of them has failed, so the others can stop early.
void runOnThreads(unsigned threads,
                  const std::function<void(const std::atomic<bool> &failed)> &work);

} // namespace lymph
