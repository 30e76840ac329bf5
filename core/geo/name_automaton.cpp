#include "name_automaton.h"

#include <algorithm>
#include <deque>

namespace fangzhi::geo {
namespace {

constexpr uint64_t EmptyKey = ~uint64_t(0);

inline std::size_t hashKey(uint64_t key)
{
    key *= 0x9E3779B97F4A7C15ull;
    return std::size_t(key >> 17);
}

} // namespace

int32_t NameAutomaton::child(int32_t node, uint16_t symbol) const
{
    if (node == 0)
        return symbol < m_rootChild.size() ? m_rootChild[symbol] : -1;
    if (m_keys.empty())
        return -1;
    const uint64_t key = (uint64_t(node) << 16) | symbol;
    const std::size_t mask = m_keys.size() - 1;
    for (std::size_t i = hashKey(key) & mask;; i = (i + 1) & mask) {
        if (m_keys[i] == key)
            return m_values[i];
        if (m_keys[i] == EmptyKey)
            return -1;
    }
}

void NameAutomaton::growTable()
{
    std::vector<uint64_t> keys(std::max<std::size_t>(1024, m_keys.size() * 2), EmptyKey);
    std::vector<int32_t> values(keys.size(), -1);
    const std::size_t mask = keys.size() - 1;
    for (std::size_t j = 0; j < m_keys.size(); ++j) {
        if (m_keys[j] == EmptyKey)
            continue;
        std::size_t i = hashKey(m_keys[j]) & mask;
        while (keys[i] != EmptyKey)
            i = (i + 1) & mask;
        keys[i] = m_keys[j];
        values[i] = m_values[j];
    }
    m_keys.swap(keys);
    m_values.swap(values);
}

int32_t NameAutomaton::addChild(int32_t node, uint16_t symbol)
{
    const auto created = int32_t(m_nodes.size());
    Node n;
    n.depth = uint16_t(m_nodes[node].depth + 1);
    m_nodes.push_back(n);
    if (node == 0) {
        if (m_rootChild.size() <= symbol)
            m_rootChild.resize(symbol + 1u, -1);
        m_rootChild[symbol] = created;
        return created;
    }
    if ((m_used + 1) * 2 > m_keys.size())
        growTable();
    const uint64_t key = (uint64_t(node) << 16) | symbol;
    const std::size_t mask = m_keys.size() - 1;
    std::size_t i = hashKey(key) & mask;
    while (m_keys[i] != EmptyKey)
        i = (i + 1) & mask;
    m_keys[i] = key;
    m_values[i] = created;
    ++m_used;
    return created;
}

int NameAutomaton::add(QStringView name)
{
    Q_ASSERT(!m_built && !name.isEmpty());
    int32_t node = 0;
    for (const QChar c : name) {
        uint16_t &symbol = m_symbol[c.unicode()];
        if (symbol == 0)
            symbol = m_symbols++;
        const int32_t next = child(node, symbol);
        node = next >= 0 ? next : addChild(node, symbol);
    }
    if (m_nodes[node].name < 0) {
        m_nodes[node].name = int32_t(m_nameLength.size());
        m_nameLength.push_back(uint16_t(name.size()));
    }
    return m_nodes[node].name;
}

void NameAutomaton::build()
{
    m_rootChild.resize(m_symbols, -1);
    // Breadth first, so that every node's fail target is finished before the node itself.
    std::vector<std::vector<std::pair<uint16_t, int32_t>>> children(m_nodes.size());
    for (uint16_t s = 1; s < m_symbols; ++s)
        if (m_rootChild[s] >= 0)
            children[0].push_back({s, m_rootChild[s]});
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] != EmptyKey)
            children[std::size_t(m_keys[i] >> 16)].push_back({uint16_t(m_keys[i] & 0xFFFF), m_values[i]});

    std::deque<int32_t> queue;
    for (const auto &[symbol, c] : children[0]) {
        m_nodes[c].fail = 0;
        queue.push_back(c);
    }
    while (!queue.empty()) {
        const int32_t node = queue.front();
        queue.pop_front();
        for (const auto &[symbol, c] : children[node]) {
            int32_t f = m_nodes[node].fail;
            int32_t target = child(f, symbol);
            while (target < 0 && f != 0) {
                f = m_nodes[f].fail;
                target = child(f, symbol);
            }
            m_nodes[c].fail = target >= 0 && target != c ? target : 0;
            const Node &failNode = m_nodes[m_nodes[c].fail];
            m_nodes[c].dictLink = failNode.name >= 0 ? m_nodes[c].fail : failNode.dictLink;
            queue.push_back(c);
        }
    }
    m_built = true;
}

inline int32_t NameAutomaton::step(int32_t state, uint16_t symbol) const
{
    if (symbol == 0)
        return 0;
    for (;;) {
        const int32_t next = child(state, symbol);
        if (next >= 0)
            return next;
        if (state == 0)
            return 0;
        state = m_nodes[state].fail;
    }
}

void NameAutomaton::findAll(QStringView text, std::vector<Match> &out) const
{
    Q_ASSERT(m_built);
    int32_t state = 0;
    const QChar *data = text.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        state = step(state, m_symbol[data[i].unicode()]);
        for (int32_t n = m_nodes[state].name >= 0 ? state : m_nodes[state].dictLink; n >= 0;
             n = m_nodes[n].dictLink) {
            const int name = m_nodes[n].name;
            const qsizetype length = m_nameLength[std::size_t(name)];
            out.push_back({i + 1 - length, length, name});
        }
    }
}

std::vector<NameAutomaton::Match> NameAutomaton::findLongest(QStringView text) const
{
    std::vector<Match> all;
    findAll(text, all);
    std::sort(all.begin(), all.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    std::vector<Match> chosen;
    qsizetype end = 0;
    for (const Match &m : all) {
        if (m.start < end)
            continue;
        chosen.push_back(m);
        end = m.start + m.length;
    }
    return chosen;
}

} // namespace fangzhi::geo
