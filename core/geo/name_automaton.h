#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace fangzhi::geo {

// An Aho-Corasick automaton over a fixed set of names: finds every occurrence of every name in
// one pass over a text, whatever the number of names. Built once, then read-only and
// thread-safe.
class NameAutomaton
{
public:
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        int name = 0; // index of the name as added
    };

    // Adds a name; returns its index. Adding the same string twice returns the first index.
    int add(QStringView name);
    void build();

    [[nodiscard]] qsizetype nameCount() const { return qsizetype(m_nameLength.size()); }
    [[nodiscard]] qsizetype nodeCount() const { return qsizetype(m_nodes.size()); }

    // Every occurrence, ordered by end position.
    void findAll(QStringView text, std::vector<Match> &out) const;
    // Leftmost-longest occurrences that do not overlap: "吉安县" wins over the "安县" inside it.
    [[nodiscard]] std::vector<Match> findLongest(QStringView text) const;

private:
    struct Node
    {
        int32_t fail = 0;
        int32_t name = -1;     // the name ending at this node, if any
        int32_t dictLink = -1; // nearest node down the fail chain that ends a name
        uint16_t depth = 0;
    };

    [[nodiscard]] int32_t child(int32_t node, uint16_t symbol) const;
    int32_t addChild(int32_t node, uint16_t symbol);
    void growTable();
    [[nodiscard]] int32_t step(int32_t state, uint16_t symbol) const;

    std::vector<uint16_t> m_symbol = std::vector<uint16_t>(65536, 0); // UTF-16 unit -> dense symbol; 0 = none
    uint16_t m_symbols = 1;
    std::vector<Node> m_nodes = std::vector<Node>(1);
    std::vector<int32_t> m_rootChild;   // symbol -> child of the root
    // Open addressing table for the other transitions: key (node << 16 | symbol) -> child.
    std::vector<uint64_t> m_keys;
    std::vector<int32_t> m_values;
    std::size_t m_used = 0;
    std::vector<uint16_t> m_nameLength;
    bool m_built = false;
};

} // namespace fangzhi::geo
