#include "platform/WorkerThreads.h"

#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace lymph {

void runOnThreads(unsigned threads,
                  const std::function<void(const std::atomic<bool> &failed)> &work)
{
    std::atomic<bool> failed{false};
    std::exception_ptr firstError;
    std::mutex mutex;
    const auto keepFirstError = [&] {
        const std::lock_guard lock(mutex);
        if (!firstError)
            firstError = std::current_exception();
        failed = true;
    };
    const auto guarded = [&]() noexcept {
        try {
            work(failed);
        } catch (...) {
            keepFirstError();
        }
    };
    std::vector<std::thread> pool;
    try {
        pool.reserve(threads);
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(guarded);
    } catch (...) {
        keepFirstError(); // the threads already started see it and stop
    }
    guarded();
    for (std::thread &thread : pool)
        thread.join();
    if (firstError)
        std::rethrow_exception(firstError);
}

} // namespace lymph
