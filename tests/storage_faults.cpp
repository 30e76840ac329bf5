#include "storage_faults.h"

#include <sqlite3.h>

#include <atomic>
#include <cstring>

namespace fangzhi::test {
namespace {

std::atomic<StorageFault> g_fault{StorageFault::None};
std::atomic<int> g_at{0}, g_writes{0}, g_syncs{0};
std::atomic<bool> g_struck{false};

sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_vfs;

// Each open file: ours first, the real VFS's file right after it in the same allocation.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<FaultFile *>(f)->real;
}

int faultWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    const int n = ++g_writes;
    const StorageFault fault = g_fault;
    if ((fault == StorageFault::WriteFails && n == g_at) || (fault == StorageFault::DiskFull && n >= g_at)) {
        g_struck = true;
        return fault == StorageFault::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    }
    return real(f)->pMethods->xWrite(real(f), data, amount, offset);
}

int faultSync(sqlite3_file *f, int flags)
{
    const int n = ++g_syncs;
    if (g_fault == StorageFault::SyncFails && n == g_at) {
        g_struck = true;
        return SQLITE_IOERR_FSYNC;
    }
    return real(f)->pMethods->xSync(real(f), flags);
}

int faultClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods->xClose(real(f));
    f->pMethods = nullptr;
    return rc;
}

// The rest are passed on as they are.
int faultRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}
int faultTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int faultFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int faultLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int faultUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int faultCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int faultFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int faultSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int faultDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int faultShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int faultShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void faultShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int faultShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int faultFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int faultUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, p);
}

const sqlite3_io_methods g_methods = {
    3,           faultClose,       faultRead,        faultWrite,       faultTruncate,
    faultSync,   faultFileSize,    faultLock,        faultUnlock,      faultCheckReservedLock,
    faultFileControl, faultSectorSize, faultDeviceCharacteristics, faultShmMap, faultShmLock,
    faultShmBarrier, faultShmUnmap, faultFetch,      faultUnfetch,
};

int faultOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    auto *file = reinterpret_cast<FaultFile *>(f);
    file->real = reinterpret_cast<sqlite3_file *>(file + 1);
    const int rc = g_real->xOpen(g_real, name, file->real, flags, outFlags);
    // The real file's methods decide which of ours apply: a file it could not open has none.
    file->base.pMethods = file->real->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

void StorageFaults::install()
{
    if (g_real)
        return;
    g_real = sqlite3_vfs_find(nullptr);
    // Everything the real VFS does for names, time and randomness is its own; only files differ.
    std::memcpy(&g_vfs, g_real, sizeof g_vfs);
    g_vfs.iVersion = std::min(g_real->iVersion, 3);
    g_vfs.szOsFile = int(sizeof(FaultFile)) + g_real->szOsFile;
    g_vfs.zName = "fangzhi-storage-faults";
    g_vfs.pNext = nullptr;
    g_vfs.xOpen = faultOpen;
    sqlite3_vfs_register(&g_vfs, 1);
}

void StorageFaults::arm(StorageFault fault, int n)
{
    g_writes = 0;
    g_syncs = 0;
    g_struck = false;
    g_at = n;
    g_fault = fault;
}

void StorageFaults::disarm()
{
    g_fault = StorageFault::None;
}

int StorageFaults::writes()
{
    return g_writes;
}

int StorageFaults::syncs()
{
    return g_syncs;
}

bool StorageFaults::struck()
{
    return g_struck;
}

} // namespace fangzhi::test
