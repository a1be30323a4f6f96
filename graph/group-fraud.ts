// The fraud signal of a group buy: a group filled by accounts tied to its leader. When a group
// completes, each distinct joiner (the leader aside) is checked for ties to the leader that the
// graph holds — an invitation either way (INVITED_BY), or a delivery address either keeps with
// the same phone number, or the same street in the same city and country. When at least
// two joiners are tied and they are at least half of the joiners (groupTiesFlagged), a GROUP_TIES fraud
// flag names the leader and the tied joiners, and points at the group (docs/group-buying.md).
//
// Why at completion: only a completed group places orders, pays commissions and moves trust; a
// failed one costs nothing and is not worth a reviewer's time. Why these ties: they are the
// links between accounts the network records today (it keeps no device or IP history); a leader
// reaching a tier with their own second accounts must give them somewhere to deliver.
import { randomUUID } from 'node:crypto';
import type { Tx } from './graph';
import { notifyAdminsOfNewFlags } from './notify';
import { run } from './write-support';
import { groupTiesFlagged } from '../server/domain/group-buy-rules';

export interface GroupTies {
  joiners: number;
  tiedIds: string[];
}

/** The group's distinct joiners (the leader aside) and which of them are tied to the leader. */
export async function groupTies(tx: Tx, groupBuyId: string): Promise<GroupTies> {
  const result = await run(
    tx,
    `MATCH (leader:Member)-[:LEADS]->(g:GroupBuy {id: $groupBuyId})
     MATCH (x:Member)-[:JOINED]->(:GroupJoin)-[:IN]->(g) WHERE x <> leader
     WITH DISTINCT leader, x
     WITH leader, x,
          EXISTS { (x)-[:INVITED_BY]->(leader) } OR EXISTS { (leader)-[:INVITED_BY]->(x) }
          OR EXISTS {
            MATCH (x)-[:KEEPS_ADDRESS]->(a:DeliveryAddress), (leader)-[:KEEPS_ADDRESS]->(b:DeliveryAddress)
            WHERE a.phone = b.phone
               OR (toLower(trim(a.street)) = toLower(trim(b.street)) AND toLower(trim(a.city)) = toLower(trim(b.city)) AND a.country = b.country)
          } AS tied
     RETURN count(x) AS joiners, [id IN collect(CASE WHEN tied THEN x.id END) WHERE id IS NOT NULL] AS tiedIds`,
    { groupBuyId },
  );
  const row = result.records[0];
  return { joiners: (row?.get('joiners') as number | undefined) ?? 0, tiedIds: (row?.get('tiedIds') as string[] | undefined) ?? [] };
}

/**
 * In the completing group's transaction: raises the GROUP_TIES flag when the rule says so (once
 * per group: keyed by it), flagging the leader and the tied joiners, and tells the admins.
 * While it is open the leader's commissions wait on hold, as for any flag.
 * @returns whether a flag was raised
 */
export async function flagGroupTiesTx(tx: Tx, groupBuyId: string, leaderId: string, now: number): Promise<boolean> {
  const ties = await groupTies(tx, groupBuyId);
  if (!groupTiesFlagged(ties.joiners, ties.tiedIds.length)) return false;
  const flag = { id: randomUUID(), key: `GROUP_TIES:${groupBuyId}` };
  await run(
    tx,
    `MERGE (f:FraudFlag {key: $key})
       ON CREATE SET f.id = $id, f.kind = 'GROUP_TIES', f.status = 'OPEN', f.createdAt = $now, f.raisedBy = 'GROUP_BUY',
                     f.groupBuyId = $groupBuyId
     WITH f
     UNWIND $memberIds AS memberId
     MATCH (m:Member {id: memberId})
     MERGE (f)-[:FLAGS]->(m)`,
    { key: flag.key, id: flag.id, now, groupBuyId, memberIds: [leaderId, ...ties.tiedIds] },
  );
  await notifyAdminsOfNewFlags(tx, [flag], now);
  return true;
}
