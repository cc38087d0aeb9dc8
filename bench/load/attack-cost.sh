#!/bin/bash
# What one refused 1 MB document costs the gateway, attack only (no normal traffic): the Release gateway pinned to
# cpu 0, 8 attackers (bench/load/attacker.mjs) on cpu 1 for 5 s; per answered request: connections opened, resets,
# KB through loopback (IpExtInOctets, what the attackers pushed), gateway CPU ms. Needs nstat (iproute2).
# Usage: bench/load/attack-cost.sh [gateway args…]
cd "$(dirname "$0")/../.."
dotnet src/DockingGraph.Snapshot/bin/Release/net10.0/DockingGraph.Snapshot.dll --urls http://127.0.0.1:5190 >/dev/null 2>&1 &
snap=$!
taskset -c 0 dotnet src/DockingGraph.Gateway/bin/Release/net10.0/DockingGraph.Gateway.dll --urls http://127.0.0.1:5191 --LaunchLibrary:BaseUrl http://127.0.0.1:5190/2.3.0/ --Ide:Enabled false --Ll2Budget:SyncWithApiThrottle false --Ll2Budget:Calls 100000 --contentRoot $PWD/src/DockingGraph.Gateway/bin/Release/net10.0 "$@" >/dev/null 2>&1 &
gw=$!
for i in $(seq 60); do curl -sf http://127.0.0.1:5191/health/live >/dev/null && break; sleep 0.5; done
taskset -c 1 node bench/load/attacker.mjs http://127.0.0.1:5191 8 2 > /dev/null
nstat -n >/dev/null
c0=$(awk '{print $14+$15}' /proc/$gw/stat)
out=$(taskset -c 1 node bench/load/attacker.mjs http://127.0.0.1:5191 8 5)
c1=$(awk '{print $14+$15}' /proc/$gw/stat)
n=$(echo "$out" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);console.log(r.requests.total, r.errors)})')
set -- $n
nstat 2>/dev/null | awk -v n=$1 -v e=$2 -v cpu=$((c1-c0)) '$1=="TcpPassiveOpens"{p=$2} $1=="TcpOutRsts"{r=$2} $1=="IpExtInOctets"{b=$2} END{printf "answered %d errors %d | per answered: %.2f connections, %.2f resets, %.0f KB on loopback, %.3f ms gateway CPU\n", n, e, p/n, r/n, b/n/1024, cpu*10/n}'
kill $gw $snap; wait 2>/dev/null
