<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="ko_KR">
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="205"/>
        <source>일정을 읽지 못했습니다: {error}</source>
        <translation>The calendar could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="232"/>
        <source>{year}년 {month}월</source>
        <translation>{month}/{year}</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="282"/>
        <source>이 날에는 일정이 없습니다.</source>
        <translation>Nothing planned on this day.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="336"/>
        <source>일정을 고르면 그 기업의 미결 애로사항과 지원 조치가 보입니다. 예정된 방문은 다른 날로 끌어 옮길 수 있습니다.</source>
        <translation>Choose an entry to see the company&apos;s open difficulties and measures. Drag a planned visit to another day to move it.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="343"/>
        <source>예정</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="343"/>
        <source>지난 일정</source>
        <translation>Past</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="351"/>
        <source>목적: {purpose}</source>
        <translation>Purpose: {purpose}</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="355"/>
        <source>없음</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="356"/>
        <source>미결 애로사항 ({count})</source>
        <translation>Open difficulties ({count})</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="366"/>
        <source>진행 중인 지원 조치 ({count})</source>
        <translation>Measures under way ({count})</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="372"/>
        <source> (기한 {day})</source>
        <translation> (due {day})</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="406"/>
        <source>사업이 없습니다.</source>
        <translation>There is no programme.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="413"/>
        <source>{year}년 말({end})까지의 목표 — 사업 종료일이 없어 사업 연도 말로 봅니다.</source>
        <translation>Targets by the end of {year} ({end}): the programme sets no end date, so its year&apos;s end counts.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="415"/>
        <source>사업 종료일({end})까지의 목표.</source>
        <translation>Targets by the programme&apos;s end ({end}).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="420"/>
        <source>실적은 사업 전체(모든 코치)이며, 종료일 뒤의 계획은 세지 않습니다.</source>
        <translation>Figures are for the whole programme (all coaches); plans after that day are not counted.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="428"/>
        <source>완료 {done} · 예정 {planned} (목표 없음)</source>
        <translation>{done} done · {planned} planned (no target)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="435"/>
        <source>완료 {done} · 예정 {planned} / 목표 {target} (달성, {share}%)</source>
        <translation>{done} done · {planned} planned / target {target} (met, {share}%)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="444"/>
        <source>완료 {done} · 예정 {planned} / 목표 {target} (남음 {left})</source>
        <translation>{done} done · {planned} planned / target {target} ({left} to go)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="462"/>
        <source>일정 내보내기</source>
        <translation>Export the calendar</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="462"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="469"/>
        <source>코치를 고르세요.</source>
        <translation>Choose a coach.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="482"/>
        <source>일정 {count}건을 내보냈습니다: {path}</source>
        <translation>{count} events exported: {path}</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/calendar_page.py" line="488"/>
        <source>내보내지 못했습니다: {error}</source>
        <translation>Could not export: {error}</translation>
    </message>
</context>
<context>
    <name>CalendarPageForm</name>
    <message>
        <location filename="../../forms/calendar_page.ui" line="13"/>
        <source>코치</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="15"/>
        <source>주</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="15"/>
        <source>월</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="16"/>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="16"/>
        <source>이전</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="17"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="18"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="18"/>
        <source>다음</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="20"/>
        <source>iCalendar로 내보내기…</source>
        <translation>Export to iCalendar…</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="48"/>
        <source>사업 목표 대비 실적</source>
        <translation>Programme targets</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="51"/>
        <source>방문</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="54"/>
        <source>기업</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../forms/calendar_page.ui" line="57"/>
        <source>지원 조치</source>
        <translation>Measures</translation>
    </message>
</context>
<context>
    <name>CompanyDetail</name>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="86"/>
        <source>기업 종합 보고서…</source>
        <translation>Company dossier…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="87"/>
        <source>최근 방문 보고서…</source>
        <translation>Latest visit report…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="88"/>
        <source>최근 진단 보고서…</source>
        <translation>Latest diagnosis report…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="89"/>
        <source>로드맵 보고서…</source>
        <translation>Roadmap report…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="135"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="136"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="137"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="138"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="139"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="140"/>
        <source>지정·인증</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="141"/>
        <source>협력사 구분</source>
        <translation>Supplier tier</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="142"/>
        <source>종업원</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="143"/>
        <source>매출액</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="144"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="170"/>
        <source>— 예정된 방문 —</source>
        <translation>— Planned visits —</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="202"/>
        <source>간담회: %1</source>
        <translation>Meeting: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="207"/>
        <source>두 번 눌러 진행 상태를 바꿉니다.</source>
        <translation>Double-click to change how far it has got.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="210"/>
        <source>지원 조치가 없습니다.</source>
        <translation>No support measures.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="224"/>
        <location filename="../../coach_app/ui/company_detail.py" line="237"/>
        <source>지원 조치 진행</source>
        <translation>Support measure progress</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="224"/>
        <source>새 상태:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="246"/>
        <source>(목적 없음)</source>
        <translation>(no purpose given)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="250"/>
        <source>[예정] %1</source>
        <translation>[Planned] %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="252"/>
        <source>  [검토 완료]</source>
        <translation>  [reviewed]</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="183"/>
        <source>미해결 애로사항이 없습니다.</source>
        <translation>No open difficulties.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="275"/>
        <source>점</source>
        <translation> pts</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="277"/>
        <source>미완료</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="288"/>
        <source>미완료 (점수가 없는 항목이 있습니다)</source>
        <translation>incomplete (some items have no score)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="292"/>
        <source>점 (%1)</source>
        <translation> pts (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="298"/>
        <source>, 지난 진단 대비 %1</source>
        <translation>, %1 since the last diagnosis</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="303"/>
        <source>아직 진단이 없습니다.</source>
        <translation>No diagnosis yet.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="305"/>
        <source>로드맵이 없습니다.</source>
        <translation>No roadmap yet.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="306"/>
        <source>로드맵 만들기</source>
        <translation>Create roadmap</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="313"/>
        <source>&lt;b&gt;로드맵&lt;/b&gt; %1차 · %2 — 과제 %3개 중 완료 %4</source>
        <translation>&lt;b&gt;Roadmap&lt;/b&gt; revision %1 · %2 — %4 of %3 items done</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="323"/>
        <source>, KPI 달성 %1/%2</source>
        <translation>, KPIs met %1/%2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_detail.py" line="328"/>
        <source>로드맵 열기</source>
        <translation>Open roadmap</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <location filename="../../coach_app/ui/company_form.py" line="73"/>
        <source>기업 정보 수정</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_form.py" line="76"/>
        <source>새 기업 등록</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_form.py" line="97"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_form.py" line="99"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_form.py" line="308"/>
        <location filename="../../coach_app/ui/company_form.py" line="319"/>
        <source>(선택)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_form.py" line="316"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../../forms/company_form.ui" line="6"/>
        <source>기업 정보</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="11"/>
        <source>기업명 *</source>
        <translation>Company name *</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="13"/>
        <source>사업자등록번호 *</source>
        <translation>Registration no. *</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="14"/>
        <source>예: 123-45-67891</source>
        <translation>e.g. 123-45-67891</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="15"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="17"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="19"/>
        <source>주소</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="21"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="23"/>
        <source>종업원 수</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="24"/>
        <source>예: 45</source>
        <translation>e.g. 45</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="25"/>
        <source>매출액</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="26"/>
        <source>예: 35억 또는 3,500,000,000</source>
        <translation>e.g. 3,500,000,000</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="27"/>
        <source>지정·인증</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="29"/>
        <source>협력사 구분</source>
        <translation>Supplier tier</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="31"/>
        <source>설립일</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="32"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="33"/>
        <source>전화번호</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/company_form.ui" line="35"/>
        <source>이메일</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="51"/>
        <source>기업명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="52"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="53"/>
        <source>대표자</source>
        <translation>CEO</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="54"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="55"/>
        <source>업종</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="56"/>
        <source>지정·인증</source>
        <translation>Designation</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="57"/>
        <source>종업원</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_model.py" line="83"/>
        <source>기업 정보와 방문·진단·로드맵 등 이 기업의 모든 기록을 함께 따진 표시입니다.</source>
        <translation>The mark takes in the company&apos;s details and all its records (visits, diagnoses, roadmaps…).</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <location filename="../../coach_app/ui/company_page.py" line="48"/>
        <source>기업명, 사업자등록번호, 대표자, 지역, 업종, 지정으로 검색</source>
        <translation>Search by name, registration no., CEO, region, industry or designation</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_page.py" line="79"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_page.py" line="80"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_page.py" line="81"/>
        <source>담당 코치</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_page.py" line="91"/>
        <source>기업 목록을 불러오는 중…</source>
        <translation>Loading the company list…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/company_page.py" line="154"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>CompanyPageForm</name>
    <message>
        <location filename="../../forms/company_page.ui" line="13"/>
        <source>← 기업 목록</source>
        <translation>← Companies</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="15"/>
        <source>기업 정보 수정</source>
        <translation>Edit company</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="16"/>
        <source>새 방문 기록</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="17"/>
        <source>새 진단</source>
        <translation>New diagnosis</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="18"/>
        <source>지원 조치 추가</source>
        <translation>Add support measure</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="19"/>
        <source>로드맵</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="20"/>
        <source>보고서(PDF)</source>
        <translation>Reports (PDF)</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="21"/>
        <source>성과 수치</source>
        <translation>Impact figures</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="22"/>
        <source>만족도 평가</source>
        <translation>Rate the visit</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="37"/>
        <source>기업 개요</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="43"/>
        <source>담당자</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="53"/>
        <source>방문 이력 (최근 순)</source>
        <translation>Visits (newest first)</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="57"/>
        <source>진단과 로드맵</source>
        <translation>Diagnosis and roadmap</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="60"/>
        <source>두 번 누르면 진단을 엽니다</source>
        <translation>Double-click to open the diagnosis</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="64"/>
        <source>미해결 애로사항</source>
        <translation>Open difficulties</translation>
    </message>
    <message>
        <location filename="../../forms/company_page.ui" line="68"/>
        <source>지원 조치</source>
        <translation>Support measures</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="115"/>
        <source>동기화 충돌 해결</source>
        <translation>Resolve a sync conflict</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="131"/>
        <source>이 컴퓨터의 값 (내 값)</source>
        <translation>This computer&apos;s value (mine)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="132"/>
        <source>서버의 값</source>
        <translation>The server&apos;s value</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="137"/>
        <source>내 값 유지</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="138"/>
        <source>서버 값 유지</source>
        <translation>Keep the server&apos;s</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="139"/>
        <source>고친 값 저장</source>
        <translation>Save the edited value</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="140"/>
        <source>내 값을 다시 넣기 (고쳐서 다시 보내기)</source>
        <translation>Put mine back (correct and send again)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="155"/>
        <source>직접 고치기:</source>
        <translation>Edit it yourself:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="162"/>
        <source>버리기 (서버 값으로 되돌림)</source>
        <translation>Discard (back to the server&apos;s)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="170"/>
        <source>서버가 이 변경을 받아들이지 않았습니다. 입력한 내용은 아래 &apos;내 값&apos;에 보관되어 있습니다. 사유: %1</source>
        <translation>The server did not accept this change. What you typed is kept below under &apos;mine&apos;. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="175"/>
        <source>이 컴퓨터에서 삭제했지만 그 사이 서버에서 다른 사람이 수정했습니다. &apos;내 값 유지&apos;를 누르면 다시 삭제합니다.</source>
        <translation>You deleted this here, but meanwhile someone changed it on the server. &apos;Keep mine&apos; deletes it again.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="180"/>
        <source>이 컴퓨터에서 수정했지만 그 사이 서버에서 삭제되었습니다. &apos;내 값 유지&apos;를 누르면 내 값으로 되살립니다.</source>
        <translation>You changed this here, but meanwhile it was deleted on the server. &apos;Keep mine&apos; restores it with your values.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="184"/>
        <source>같은 항목이 이 컴퓨터와 서버에서 서로 다르게 수정되었습니다. 지금은 서버 값이 적용되어 있습니다.</source>
        <translation>The same field was changed differently here and on the server. The server&apos;s value applies for now.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="203"/>
        <source>값의 형식이 맞지 않습니다: %1</source>
        <translation>The value is not in the right form: %1</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="79"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="79"/>
        <source>대상</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="79"/>
        <source>내 값</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="79"/>
        <source>서버 값</source>
        <translation>Server&apos;s</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="36"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="37"/>
        <source>담당자</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="38"/>
        <source>방문</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="39"/>
        <source>애로사항</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="40"/>
        <source>첨부 파일</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="41"/>
        <source>진단</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="42"/>
        <source>진단 항목</source>
        <translation>Diagnosis item</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="43"/>
        <source>로드맵</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="44"/>
        <source>로드맵 과제</source>
        <translation>Roadmap item</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="45"/>
        <source>검토 의견</source>
        <translation>Review comment</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="46"/>
        <source>배정</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="47"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="48"/>
        <source>사용자</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="49"/>
        <source>지원사업</source>
        <translation>Support programme</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="56"/>
        <source>같은 항목을 양쪽에서 수정</source>
        <translation>Same field changed on both sides</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="57"/>
        <source>여기서 삭제, 서버에서 수정</source>
        <translation>Deleted here, changed on the server</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="58"/>
        <source>여기서 수정, 서버에서 삭제</source>
        <translation>Changed here, deleted on the server</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/conflicts.py" line="59"/>
        <source>서버가 거부</source>
        <translation>Refused by the server</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="149"/>
        <source>읽는 중…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="161"/>
        <source>현황을 읽지 못했습니다: %1</source>
        <translation>Could not read the figures: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="168"/>
        <source>%1 기준</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="171"/>
        <source>코치 %1명의 업무량</source>
        <translation>Workload of %1 coaches</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="172"/>
        <source>기한 지난 후속 조치 %1건</source>
        <translation>%1 overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="175"/>
        <source>검토 대기 %1건 (가장 오래된 것 %2일)</source>
        <translation>%1 waiting for review (oldest %2 days)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="178"/>
        <source>방문 기록 없는 기업 %1곳</source>
        <translation>%1 companies never visited</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="181"/>
        <source>메모 없는 방문 %1건</source>
        <translation>%1 visits without notes</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="182"/>
        <source>채점 안 된 항목이 있는 진단 %1건</source>
        <translation>%1 diagnoses with items unscored</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="185"/>
        <source>중복 의심 기업 %1곳</source>
        <translation>%1 possible duplicate companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="188"/>
        <source>성과 합계: 사업 %1개, 지표 %2개, 기업 %3곳</source>
        <translation>Impact totals: %1 programmes, %2 figures, %3 companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="206"/>
        <source>코치별 방문과 기한 지난 후속 조치</source>
        <translation>Visits and overdue follow-ups by coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="208"/>
        <source> (상위 %1명)</source>
        <translation> (top %1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="212"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="275"/>
        <source>완료 방문</source>
        <translation>Visits done</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="213"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="276"/>
        <source>예정 방문</source>
        <translation>Visits planned</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="214"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="240"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="277"/>
        <source>기한 지남</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="271"/>
        <source>코치별 업무량: 배정 기업, 완료·예정 방문, 기한 지난 후속 조치</source>
        <translation>Workload by coach: companies assigned, visits done and planned, overdue follow-ups</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="273"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="334"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="363"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="451"/>
        <source>코치</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="274"/>
        <source>배정 기업</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="312"/>
        <source>(배정 없음)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="314"/>
        <source>애로사항</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="315"/>
        <source>지원 조치</source>
        <translation>Support measure</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="316"/>
        <source>로드맵 과제</source>
        <translation>Roadmap item</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="320"/>
        <source>기한 지난 후속 조치 %1건 (애로사항·지원 조치·로드맵 과제, 오늘 화면과 같은 기준)</source>
        <translation>%1 overdue follow-ups (difficulties, measures and roadmap items, counted as on the Today page)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="323"/>
        <source> — 종류마다 기한이 가장 오래된 %1건</source>
        <translation> — the %1 most overdue of each kind</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="329"/>
        <source>지난 날수</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="330"/>
        <source>기한</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="331"/>
        <source>종류</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="332"/>
        <source>내용</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="333"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="361"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="421"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="443"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="451"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="459"/>
        <location filename="../../coach_app/ui/dashboard_page.py" line="472"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="352"/>
        <source>%1 (%2차)</source>
        <translation>%1 (revision %2)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="357"/>
        <source>검토 대기 로드맵 (오래 기다린 순)</source>
        <translation>Roadmaps waiting for review (longest waiting first)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="359"/>
        <source>기다린 날수</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="360"/>
        <source>제출</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="362"/>
        <source>로드맵</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="383"/>
        <source>사업별 성과 합계: 기업마다 지원 후 최근 연도의 수치, 기준 연도가 있는 기업의 증감 (두 번 누르면 합계에 든 기업)</source>
        <translation>Impact totals by programme: each company&apos;s latest year after support, and the change for companies with a baseline (double-click for the companies counted)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="387"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="388"/>
        <source>지표</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="389"/>
        <source>합계</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="390"/>
        <source>기준 대비 증감</source>
        <translation>Change vs baseline</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="391"/>
        <source>기업 수</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="398"/>
        <source>%1 (%2곳 비교)</source>
        <translation>%1 (%2 compared)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="402"/>
        <source>기준 없음</source>
        <translation>No baseline</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="415"/>
        <source>%1 — %2: 합계에 든 기업</source>
        <translation>%1 — %2: companies counted</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="422"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="423"/>
        <source>수치</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="424"/>
        <source>기준</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="425"/>
        <source>증감</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="442"/>
        <source>방문 기록이 한 번도 없는 기업 (예정된 방문은 세지 않음)</source>
        <translation>Companies never visited (planned visits do not count)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="443"/>
        <source>지역 · 업종</source>
        <translation>Region · industry</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="450"/>
        <source>메모 없이 저장된 방문</source>
        <translation>Visits saved without notes</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="451"/>
        <source>방문일</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="458"/>
        <source>채점하지도 해당 없음으로 표시하지도 않은 항목이 남은 진단</source>
        <translation>Diagnoses with items neither scored nor marked not applicable</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="459"/>
        <source>진단일</source>
        <translation>Diagnosed on</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="459"/>
        <source>점검표</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="466"/>
        <source>같은 이름</source>
        <translation>Same name</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="467"/>
        <source>같은 전화번호</source>
        <translation>Same phone</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="468"/>
        <source>같은 주소</source>
        <translation>Same address</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="471"/>
        <source>중복 의심 기업 (묶음마다 이름·전화번호·주소 중 하나가 같음)</source>
        <translation>Possible duplicate companies (each group shares a name, phone number or address)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="472"/>
        <source>묶음</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/dashboard_page.py" line="472"/>
        <source>같은 것</source>
        <translation>Shared</translation>
    </message>
</context>
<context>
    <name>DashboardPageForm</name>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="13"/>
        <source>현황판</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="15"/>
        <source>새로 고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="42"/>
        <source>업무와 후속 조치</source>
        <translation>Workload and follow-ups</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="52"/>
        <source>성과 (최근 연도, 지원 전 기준 대비)</source>
        <translation>Impact (latest year, against the baseline before support)</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="60"/>
        <source>자료 점검</source>
        <translation>Data quality</translation>
    </message>
    <message>
        <location filename="../../forms/dashboard_page.ui" line="79"/>
        <source>두 번 누르면 해당 기업이나 로드맵이 열립니다.</source>
        <translation>Double-click to open the company or the roadmap.</translation>
    </message>
</context>
<context>
    <name>DatabaseSwitch</name>
    <message>
        <location filename="../../coach_app/ui/database_switch.py" line="23"/>
        <location filename="../../coach_app/ui/database_switch.py" line="47"/>
        <source>다른 데이터베이스 열기</source>
        <translation>Open another database</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/database_switch.py" line="25"/>
        <source>Coach 데이터베이스 (*.sqlite3 *.sqlite *.db);;모든 파일 (*)</source>
        <translation>Coach databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/database_switch.py" line="48"/>
        <source>이미 열려 있는 데이터베이스입니다.</source>
        <translation>This database is already open.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/database_switch.py" line="61"/>
        <source>데이터베이스를 열 수 없음</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>DiagnosisEditor</name>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="107"/>
        <source>진단 — %1</source>
        <translation>Diagnosis — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="159"/>
        <source>영역</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="160"/>
        <source>현재</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="161"/>
        <source>목표</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="162"/>
        <source>등급</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="163"/>
        <source>지난 진단</source>
        <translation>Last diagnosis</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="164"/>
        <source>동료 비교</source>
        <translation>Among peers</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="266"/>
        <source>이 진단의 양식(%1)을 찾을 수 없습니다.</source>
        <translation>The checklist of this diagnosis (%1) cannot be found.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="358"/>
        <source>미입력</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="378"/>
        <source>종합 점수: 미완료 (항목 %1개 미입력)</source>
        <translation>Total: incomplete (%1 items not scored)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="381"/>
        <source>종합 %1점 (%2)</source>
        <translation>Overall %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="474"/>
        <source>점수가 없는 항목</source>
        <translation>Items without a score</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="475"/>
        <source>항목 %1개에 아직 점수가 없습니다. 이대로 저장하면 종합 점수는 비어 있고 진단은 미완료로 남습니다. 저장할까요?</source>
        <translation>%1 items have no score yet. Saved like this, the diagnosis has no total and stays incomplete. Save it?</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="375"/>
        <source>아직 점수가 없습니다</source>
        <translation>No scores yet</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="386"/>
        <source>비교: %1 진단</source>
        <translation>Compared with: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="422"/>
        <source>증빙을 붙일 항목을 먼저 고르세요.</source>
        <translation>Choose the item to attach evidence to first.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="426"/>
        <source>증빙 파일</source>
        <translation>Evidence file</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="428"/>
        <source>사진과 문서 (*.jpg *.jpeg *.png *.pdf *.hwp *.docx *.xlsx);;모든 파일 (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.pdf *.hwp *.docx *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_editor.py" line="439"/>
        <source>파일을 읽을 수 없습니다: %1</source>
        <translation>Cannot read the file: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosisForm</name>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="13"/>
        <source>진단 양식</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="15"/>
        <source>진단일</source>
        <translation>Diagnosed on</translation>
    </message>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="25"/>
        <source>항목별 점수 (칸을 두 번 눌러 고릅니다)</source>
        <translation>Scores by item (double-click a cell to choose)</translation>
    </message>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="30"/>
        <source>증빙 첨부…</source>
        <translation>Attach evidence…</translation>
    </message>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="30"/>
        <source>선택한 항목에 사진이나 문서를 붙이고 &apos;코치 확인&apos;으로 표시합니다</source>
        <translation>Attach a photo or document to the selected item and mark it coach-verified</translation>
    </message>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="44"/>
        <source>영역별 점수 (파랑: 현재, 초록 점선: 목표, 회색 점선: 지난 진단)</source>
        <translation>Scores by area (blue: now, green dashes: target, grey dots: last diagnosis)</translation>
    </message>
    <message>
        <location filename="../../forms/diagnosis_editor.ui" line="61"/>
        <source>종합 의견</source>
        <translation>Overall comment</translation>
    </message>
</context>
<context>
    <name>DiagnosisItems</name>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="49"/>
        <source>영역</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="50"/>
        <source>진단 항목</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="51"/>
        <source>현재</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="52"/>
        <source>목표</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="53"/>
        <source>근거</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="54"/>
        <source>증빙</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="55"/>
        <source>의견</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="91"/>
        <source>미입력</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="93"/>
        <source>해당 없음</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../coach_app/ui/draft_keeper.py" line="45"/>
        <source>방문 기록</source>
        <translation>Visit record</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/draft_keeper.py" line="46"/>
        <source>진단</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/draft_keeper.py" line="47"/>
        <source>로드맵 과제</source>
        <translation>Roadmap item</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/draft_keeper.py" line="48"/>
        <source>기업 정보</source>
        <translation>Company details</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/draft_keeper.py" line="49"/>
        <source>간담회</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/draft_keeper.py" line="50"/>
        <source>지원 조치</source>
        <translation>support measure</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/draft_keeper.py" line="52"/>
        <source>기록</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="190"/>
        <source>분야</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="191"/>
        <source>애로 내용</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="192"/>
        <source>새 상태</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="193"/>
        <source>조치 결과</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="194"/>
        <source>처리 기한</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="281"/>
        <source>이 애로사항을 제기한 방문의 담당자만 기한을 바꿀 수 있습니다 (검토를 마친 방문의 애로사항은 바꿀 수 없습니다).</source>
        <translation>Only the coach of the visit that raised this difficulty can move its due date (not at all once that visit is reviewed).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="285"/>
        <source>이 방문에서 정한 새 처리 기한입니다. 저장하면 바뀝니다.</source>
        <translation>The new due date agreed at this visit; saving stores it.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="286"/>
        <source>지금의 처리 기한입니다. 날짜를 바꾸면 저장할 때 새 기한이 됩니다.</source>
        <translation>The present due date. Change it and saving makes it the new due date.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../coach_app/ui/forms.py" line="20"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/forms.py" line="21"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../coach_app/ui/gantt.py" line="72"/>
        <source>날짜가 있는 과제가 없습니다. 과제에 시작일과 종료일을 넣으세요.</source>
        <translation>No item has dates yet. Give the items start and end dates.</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../coach_app/ui/unsaved.py" line="39"/>
        <source>저장하지 않은 내용</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unsaved.py" line="40"/>
        <source>저장하지 않은 내용이 있습니다.
임시 보관하면 다음에 Coach를 열 때 이어서 작성할 수 있습니다.</source>
        <translation>There is unsaved work.
Keep it as a draft to continue the next time Coach opens.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unsaved.py" line="52"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unsaved.py" line="55"/>
        <source>임시 보관하고 닫기</source>
        <translation>Keep draft and close</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unsaved.py" line="59"/>
        <source>버리기</source>
        <translation>Throw away</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unsaved.py" line="63"/>
        <source>계속 작성</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ImpactReport</name>
    <message>
        <location filename="../../coach_app/ui/impact_report.py" line="34"/>
        <location filename="../../coach_app/ui/impact_report.py" line="39"/>
        <source>사업 성과 보고서</source>
        <translation>Programme impact report</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_report.py" line="34"/>
        <source>등록된 사업이 없습니다.</source>
        <translation>No programme has been registered.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_report.py" line="39"/>
        <source>사업:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_report.py" line="48"/>
        <source>사업 성과 보고서 저장</source>
        <translation>Save the programme impact report</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_report.py" line="74"/>
        <source>사업 성과 보고서를 저장했습니다: %1, %2</source>
        <translation>Programme impact report saved: %1, %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_report.py" line="81"/>
        <source>성과 보고서를 만들지 못했습니다.</source>
        <translation>Could not write the impact report.</translation>
    </message>
</context>
<context>
    <name>ImpactSheet</name>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="57"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="58"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="59"/>
        <source>지표</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="60"/>
        <source>값</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="61"/>
        <source>출처</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="62"/>
        <location filename="../../coach_app/ui/impact_sheet.py" line="212"/>
        <source>기업 확인</source>
        <translation>Confirmed by</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="79"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="89"/>
        <source>성과 수치 — %1</source>
        <translation>Impact figures — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="99"/>
        <source>기준</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="99"/>
        <source>성과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="137"/>
        <source>값을 숫자로 입력하세요 (금액은 5억, 1.5억, 1500만원처럼).</source>
        <translation>Type the value as a number (amounts also as 5억, 1.5억 or 1500만원).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="140"/>
        <source>값을 숫자로 입력하세요 (예: 12, 1,200, 120만).</source>
        <translation>Type the value as a number (e.g. 12, 1,200 or 120만).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="167"/>
        <source>기업 성과 파일</source>
        <translation>Company&apos;s figures file</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="167"/>
        <source>Excel 파일 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="181"/>
        <source>%1행</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="183"/>
        <source>%1건을 가져왔습니다.</source>
        <translation>%1 figures imported.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="191"/>
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="192"/>
        <source>%1개 항목에 문제가 있습니다. 문제없는 항목만 가져올까요?</source>
        <translation>%1 entries have problems. Import only the entries without problems?</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="201"/>
        <source>확인할 수치를 표에서 고르세요 (KPI 집계 행은 제외).</source>
        <translation>Select the figures to confirm in the table (rows rolled up from KPIs cannot be).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/impact_sheet.py" line="213"/>
        <source>기업 대표(또는 담당자)께서 선택한 수치를 확인하고 성함을 입력해 주세요.</source>
        <translation>The company&apos;s representative checks the selected figures and types their name.</translation>
    </message>
</context>
<context>
    <name>ImpactSheetForm</name>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="11"/>
        <source>지원 전 기준 연도와 지원 후 연도별 성과를 기록합니다. 기업이 확인한 수치는 기업 확인 열에 확인자와 일시가 표시됩니다. 기울임꼴 행은 로드맵 KPI 실적에서 집계된 값입니다.</source>
        <translation>Record the baseline year before support and each year&apos;s results after it. Figures the company confirmed show who confirmed them and when. Rows in italics are rolled up from the roadmap&apos;s KPI actuals.</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="22"/>
        <source>수치 입력</source>
        <translation>Enter a figure</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="24"/>
        <source>연도</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="26"/>
        <source>기준 연도(지원 전)</source>
        <translation>Baseline year (before support)</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="28"/>
        <source>값 (원·명·달러·건)</source>
        <translation>Value (KRW, people, USD, count)</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="30"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="37"/>
        <source>기업 파일 가져오기(.xlsx)…</source>
        <translation>Import the company&apos;s file (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="38"/>
        <source>선택한 수치 기업 확인…</source>
        <translation>Company confirms selected…</translation>
    </message>
    <message>
        <location filename="../../forms/impact_sheet.ui" line="39"/>
        <source>선택한 수치 삭제</source>
        <translation>Delete selected</translation>
    </message>
</context>
<context>
    <name>ImportRows</name>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="63"/>
        <source>행</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="64"/>
        <source>기업명</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="65"/>
        <source>사업자등록번호</source>
        <translation>Business reg. no.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="66"/>
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="67"/>
        <source>문제</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="83"/>
        <source>새로 등록</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="84"/>
        <source>기존 기업 갱신</source>
        <translation>Updates existing</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="85"/>
        <source>고칠 것</source>
        <translation>To fix</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="149"/>
        <source>가져오기</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="162"/>
        <source>기업 목록</source>
        <translation>Company list</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="183"/>
        <source>파일을 고르세요.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="185"/>
        <source>파일을 읽는 중…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="209"/>
        <source>항목</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="209"/>
        <source>파일의 열</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="209"/>
        <source>첫 행의 값</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="217"/>
        <source>(가져오지 않음)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="259"/>
        <location filename="../../coach_app/ui/import_wizard.py" line="272"/>
        <source>모든 행을 확인하는 중…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="272"/>
        <source>기업 목록 가져오기</source>
        <translation>Import companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="280"/>
        <source>행 확인 %1 / %2</source>
        <translation>Checking rows %1 / %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="304"/>
        <source>새로 등록 %1곳 · 기존 기업 갱신 %2곳 · 고칠 행 %3개 · 빈 행 %4개 건너뜀</source>
        <translation>%1 new · %2 updates · %3 rows to fix · %4 empty rows skipped</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="316"/>
        <source>결과 저장</source>
        <translation>Save result</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="328"/>
        <source>저장했습니다: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="336"/>
        <source>가져올 올바른 행이 없습니다.</source>
        <translation>There is no valid row to import.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="338"/>
        <source>가져오는 중…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="377"/>
        <source>가져오기를 마치지 못했습니다.</source>
        <translation>The import could not be finished.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/import_wizard.py" line="378"/>
        <source>확인을 취소했습니다. 아무것도 가져오지 않았습니다.</source>
        <translation>Check cancelled. Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>ImportWizardForm</name>
    <message>
        <location filename="../../forms/import_wizard.ui" line="6"/>
        <source>기업 목록 가져오기</source>
        <translation>Import companies</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="9"/>
        <source>1. 파일 고르기</source>
        <translation>1. Choose the file</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="10"/>
        <source>기업 목록이 든 Excel 통합 문서(.xlsx)를 고르세요. 첫 시트의 첫 줄을 제목 줄로 읽습니다.</source>
        <translation>Choose the Excel workbook (.xlsx) with the companies. The first line of the first sheet is read as the headers.</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="15"/>
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="23"/>
        <source>2. 열 맞추기</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="24"/>
        <source>각 항목이 파일의 어느 열에 있는지 고르세요. * 표시는 꼭 필요합니다. 고른 내용은 다음에도 씁니다.</source>
        <translation>Choose the column of the file for each field. Fields marked * are required. Your choice is kept for next time.</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="31"/>
        <source>3. 확인하고 가져오기</source>
        <translation>3. Check and import</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="32"/>
        <source>아직 아무것도 가져오지 않았습니다. &apos;가져오기&apos;를 누르면 올바른 행만 한꺼번에 가져옵니다.</source>
        <translation>Nothing has been imported yet. &apos;Import&apos; brings in all valid rows at once.</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="35"/>
        <source>고칠 행만 보기</source>
        <translation>Show rows to fix only</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="39"/>
        <source>결과를 Excel로 저장…</source>
        <translation>Save the result as Excel…</translation>
    </message>
    <message>
        <location filename="../../forms/import_wizard.ui" line="39"/>
        <source>문제를 적은 파일을 저장합니다. 고쳐서 다시 가져올 수 있습니다.</source>
        <translation>Saves the file with the problems noted; fix it and import it again.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../coach_app/ui/roadmap_item.py" line="52"/>
        <source>로드맵 과제 — %1</source>
        <translation>Roadmap item — %1</translation>
    </message>
</context>
<context>
    <name>LevelDelegate</name>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="181"/>
        <source>자동 (현재 + 1)</source>
        <translation>Automatic (now + 1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="183"/>
        <source>미입력</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/diagnosis_model.py" line="185"/>
        <source>해당 없음</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>LongWork</name>
    <message>
        <location filename="../../coach_app/ui/long_work.py" line="15"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/long_work.py" line="30"/>
        <source>멈추는 중…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="46"/>
        <source>Coach — 현장코칭</source>
        <translation>Coach — field coaching</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="150"/>
        <source>기업</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="151"/>
        <source>방문</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="152"/>
        <location filename="../../coach_app/ui/main_window.py" line="512"/>
        <source>로드맵</source>
        <translation>Roadmaps</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="153"/>
        <source>검토</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="154"/>
        <source>동기화</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="65"/>
        <source>새 기업(&amp;N)…</source>
        <translation>&amp;New company…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="71"/>
        <source>검색(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="77"/>
        <source>끝내기(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="11"/>
        <source>파일(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="74"/>
        <source>설정(&amp;T)…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="80"/>
        <source>기업 화면(&amp;C)</source>
        <translation>&amp;Companies view</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="22"/>
        <source>동기화(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="84"/>
        <source>방문 화면(&amp;I)</source>
        <translation>V&amp;isits view</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="26"/>
        <source>보기(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="49"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="155"/>
        <source>간담회</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="68"/>
        <source>기업 목록 가져오기(&amp;I)…</source>
        <translation>&amp;Import companies…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="88"/>
        <source>로드맵 화면(&amp;R)</source>
        <translation>&amp;Roadmaps</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="92"/>
        <source>검토 화면(&amp;E)</source>
        <translation>R&amp;eview</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="96"/>
        <source>동기화 화면(&amp;Y)</source>
        <translation>S&amp;ync</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="100"/>
        <source>간담회 화면(&amp;M)</source>
        <translation>&amp;Meetings screen</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="38"/>
        <source>보고서(&amp;P)</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="116"/>
        <source>기업 종합 보고서(&amp;D)…</source>
        <translation>Company &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="119"/>
        <source>사업별 일괄 보고서(&amp;B)…</source>
        <translation>&amp;Batch of a programme…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="122"/>
        <source>Excel 요약 내보내기(&amp;X)…</source>
        <translation>E&amp;xport Excel summary…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="46"/>
        <source>도움말(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="128"/>
        <source>Coach 정보(&amp;A)…</source>
        <translation>&amp;About Coach…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="50"/>
        <source>코칭(&amp;W)</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="104"/>
        <source>현황판(&amp;B)</source>
        <translation>Dash&amp;board</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="108"/>
        <source>일정 화면(&amp;L)</source>
        <translation>Ca&amp;lendar</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="112"/>
        <source>오늘 화면(&amp;T)</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="125"/>
        <source>사업 성과 보고서(&amp;I)…</source>
        <translation>Programme &amp;impact report (PDF, Excel)…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="131"/>
        <source>새 방문 기록(&amp;V)…</source>
        <translation>New &amp;visit…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="135"/>
        <source>새 진단(&amp;D)…</source>
        <translation>New &amp;diagnosis…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="139"/>
        <source>로드맵 열기(&amp;R)…</source>
        <translation>Open &amp;roadmap…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="143"/>
        <source>새 간담회(&amp;M)…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="147"/>
        <source>기관(&amp;O)…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui" line="151"/>
        <source>다른 데이터베이스 열기(&amp;D)…</source>
        <translation>Open another &amp;database…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="156"/>
        <source>현황판</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="157"/>
        <source>일정</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="378"/>
        <source>먼저 기업 화면에서 기업을 고르세요.</source>
        <translation>Choose a company on the Companies page first.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="389"/>
        <location filename="../../coach_app/ui/main_window.py" line="505"/>
        <source>이 기업의 담당 코치만 할 수 있는 일입니다.</source>
        <translation>Only the company&apos;s assigned coach can do this.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="446"/>
        <source>가져왔습니다: 새 기업 %1곳, 갱신 %2곳</source>
        <translation>Imported: %1 new, %2 updated</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="471"/>
        <source>보고서</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="487"/>
        <source>진단</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="508"/>
        <source>%1 로드맵</source>
        <translation>%1 roadmap</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="284"/>
        <location filename="../../coach_app/ui/main_window.py" line="544"/>
        <location filename="../../coach_app/ui/main_window.py" line="584"/>
        <source>저장하지 않은 기록</source>
        <translation>Unsaved record</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="78"/>
        <source>Coach — 현장코칭 — %1</source>
        <translation>Coach — field coaching — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="149"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="285"/>
        <location filename="../../coach_app/ui/main_window.py" line="545"/>
        <source>이 기록은 다시 열 수 없습니다: %1</source>
        <translation>This record cannot be reopened: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="585"/>
        <source>지난번에 저장하지 못한 기록이 있습니다:
%1

이어서 작성할까요?
&apos;아니요&apos;를 누르면 버립니다.</source>
        <translation>Work from last time was not saved:
%1

Continue it?
&apos;No&apos; throws it away.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="602"/>
        <source>자료 파일 문제</source>
        <translation>Data file problem</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="603"/>
        <source>다음 파일을 읽지 못해 빼고 시작했습니다. 관리자에게 알려 파일을 고치세요.

</source>
        <translation>These files could not be read and were left out. Ask the administrator to mend them.

</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="617"/>
        <source>&lt;b&gt;Coach&lt;/b&gt; 현장코칭 %1&lt;br&gt;기업 방문, 애로사항, 진단, 로드맵, 보고서</source>
        <translation>&lt;b&gt;Coach&lt;/b&gt; field coaching %1&lt;br&gt;Visits, difficulties, diagnoses, roadmaps, reports</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="620"/>
        <source>데이터: %1&lt;br&gt;로그: %2</source>
        <translation>Data: %1&lt;br&gt;Log: %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="626"/>
        <source>Coach 정보</source>
        <translation>About Coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="635"/>
        <source>데이터베이스 점검</source>
        <translation>Database check</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="657"/>
        <source>사용자: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="664"/>
        <source>기업 등록은 관리자(감독)가 합니다.</source>
        <translation>Companies are registered by a supervisor or an administrator.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/main_window.py" line="675"/>
        <source>기업 %1 / %2곳</source>
        <translation>%1 of %2 companies</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <location filename="../../coach_app/ui/measure_form.py" line="82"/>
        <source>지원 조치 — %1</source>
        <translation>Support measure — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/measure_form.py" line="82"/>
        <source>지원 조치 수정 — %1</source>
        <translation>Edit measure — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/measure_form.py" line="124"/>
        <source>기록된 애로사항이 없습니다.</source>
        <translation>No difficulties recorded.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/measure_form.py" line="134"/>
        <source>삭제…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/measure_form.py" line="180"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/measure_form.py" line="306"/>
        <source>지원 조치 &apos;%1&apos;을(를) 삭제할까요?</source>
        <translation>Delete the measure &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <location filename="../../forms/measure_form.ui" line="14"/>
        <source>조치 내용 *</source>
        <translation>Measure *</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="15"/>
        <source>예: 특례보증 확대</source>
        <translation>e.g. wider special guarantees</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="17"/>
        <source>금액</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="18"/>
        <source>예: 5억원 또는 500,000,000</source>
        <translation>e.g. 500,000,000</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="20"/>
        <source>재원</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="22"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="24"/>
        <source>담당 기관</source>
        <translation>Organisation in charge</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="26"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="28"/>
        <source>결정일</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="29"/>
        <source>예: 2026-11-29</source>
        <translation>e.g. 2026-11-29</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="31"/>
        <source>완료 예정일</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="32"/>
        <source>예: 2026-12-31</source>
        <translation>e.g. 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="34"/>
        <source>완료일</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="35"/>
        <source>완료한 조치만</source>
        <translation>only for a measure done</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="37"/>
        <source>설명</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/measure_form.ui" line="43"/>
        <source>이 조치가 답하는 애로사항</source>
        <translation>Difficulties this measure answers</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../coach_app/ui/meeting_actions.py" line="37"/>
        <source>간담회 기록은 관리자(감독)가 합니다.</source>
        <translation>Meetings are recorded by supervisors.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_actions.py" line="57"/>
        <source>간담회 수정은 관리자(감독)가 합니다.</source>
        <translation>Meetings are corrected by supervisors.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_actions.py" line="83"/>
        <location filename="../../coach_app/ui/meeting_actions.py" line="100"/>
        <source>이 지원 조치를 고칠 권한이 없습니다.</source>
        <translation>You may not change this measure.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_actions.py" line="104"/>
        <location filename="../../coach_app/ui/meeting_actions.py" line="112"/>
        <source>지원 조치 삭제</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_actions.py" line="105"/>
        <source>지원 조치 &apos;%1&apos;을(를) 삭제할까요?</source>
        <translation>Delete the measure &apos;%1&apos;?</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_actions.py" line="134"/>
        <source>지원 조치를 기록할 권한이 없습니다.</source>
        <translation>You may not record support measures here.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="76"/>
        <source>새 간담회</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="76"/>
        <source>간담회 수정</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="98"/>
        <source>(없음)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="110"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="110"/>
        <source>분류</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="110"/>
        <source>애로 내용</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="110"/>
        <source>처리 기한</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="176"/>
        <source>(기업 선택)</source>
        <translation>(choose a company)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="197"/>
        <source>(분류 선택)</source>
        <translation>(choose a category)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="209"/>
        <source>비워 두면 간담회 날짜에 심각도 기준 일수를 더한 날이 기한입니다 (YYYY-MM-DD).</source>
        <translation>Left empty, it is due the severity&apos;s number of days after the meeting (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="346"/>
        <source>애로사항 %1번</source>
        <translation>Difficulty %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_form.py" line="349"/>
        <source>기업을 고르세요.</source>
        <translation>Choose a company.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <location filename="../../forms/meeting_form.ui" line="16"/>
        <source>일자 *</source>
        <translation>Date *</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="17"/>
        <source>예: 2026-11-29</source>
        <translation>e.g. 2026-11-29</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="19"/>
        <source>제목 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="20"/>
        <source>예: 자동차부품 현장 간담회</source>
        <translation>e.g. car parts round table</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="22"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="24"/>
        <source>주관 기관</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="26"/>
        <source>참석자</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="27"/>
        <source>한 줄에 한 명: 이름 직위 (예: 김보증 이사장)</source>
        <translation>One per line: name and position (e.g. Kim Chairman)</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="33"/>
        <source>참석 기업 * (체크)</source>
        <translation>Companies present * (tick)</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="35"/>
        <source>기업명으로 찾기</source>
        <translation>Find by company name</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="45"/>
        <source>기업별 애로사항</source>
        <translation>Difficulties by company</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="50"/>
        <source>애로사항 추가</source>
        <translation>Add difficulty</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_form.ui" line="51"/>
        <source>선택 삭제</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>MeetingListPage</name>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="50"/>
        <source>새 간담회…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="52"/>
        <source>지원 조치 추가…</source>
        <translation>Add support measure…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="62"/>
        <location filename="../../coach_app/ui/meeting_page.py" line="149"/>
        <source>일자</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="63"/>
        <source>제목</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="64"/>
        <location filename="../../coach_app/ui/meeting_page.py" line="150"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="65"/>
        <location filename="../../coach_app/ui/meeting_page.py" line="151"/>
        <source>주관 기관</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="66"/>
        <source>기업</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="100"/>
        <source>간담회 기록은 관리자(감독)가 합니다.</source>
        <translation>Meetings are recorded by supervisors.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="137"/>
        <source>간담회를 고르면 참석 기업과 애로사항, 지원 조치가 보입니다.</source>
        <translation>Choose a meeting to see its companies, their difficulties and the support measures.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="146"/>
        <source>간담회 수정…</source>
        <translation>Edit meeting…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="152"/>
        <source>참석자</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="160"/>
        <source>참석 기업 %1곳</source>
        <translation>%1 companies present</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="161"/>
        <source>지원 조치</source>
        <translation>Support measures</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="161"/>
        <source>아직 지원 조치가 없습니다.</source>
        <translation>No support measures yet.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="184"/>
        <source>수정</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/meeting_page.py" line="184"/>
        <source>삭제</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../coach_app/ui/operations.py" line="32"/>
        <source>%1 자세한 내용은 로그 파일에 있습니다.</source>
        <translation>%1 The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <location filename="../../coach_app/ui/organisations.py" line="42"/>
        <source>기관</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/organisations.py" line="51"/>
        <source>기관명</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/organisations.py" line="51"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/organisations.py" line="51"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/organisations.py" line="51"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/organisations.py" line="75"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/organisations.py" line="82"/>
        <source>기관 목록은 관리자(감독)가 고칩니다.</source>
        <translation>Supervisors keep the list of organisations.</translation>
    </message>
</context>
<context>
    <name>OrganisationsForm</name>
    <message>
        <location filename="../../forms/organisations.ui" line="14"/>
        <source>기관 정보</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../forms/organisations.ui" line="17"/>
        <source>기관명 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/organisations.ui" line="20"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../forms/organisations.ui" line="22"/>
        <source>전화</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/organisations.ui" line="23"/>
        <source>예: 062-613-2114</source>
        <translation>e.g. 062-613-2114</translation>
    </message>
    <message>
        <location filename="../../forms/organisations.ui" line="25"/>
        <source>이메일</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../forms/organisations.ui" line="33"/>
        <source>새 기관</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../forms/organisations.ui" line="34"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="28"/>
        <source>데이터 암호</source>
        <translation>Data passphrase</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="33"/>
        <source>이 컴퓨터에는 암호화 키를 보관할 키링이 없습니다. 노트북을 잃어버려도 자료가 새지 않도록, 데이터를 암호화할 암호를 정하세요(8자 이상). Coach를 시작할 때마다 묻습니다.</source>
        <translation>This computer has no keyring to keep the encryption key in. So that a lost laptop leaks nothing, choose a passphrase to encrypt the data (8 characters or more). Coach asks for it at every start.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="39"/>
        <source>데이터가 암호화되어 있습니다. 암호를 입력하세요. 다른 컴퓨터에서 처음 여는 경우에는 복구 키를 입력하세요.</source>
        <translation>The data is encrypted. Type the passphrase. When opening it on another computer for the first time, type the recovery key.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="52"/>
        <source>새 암호</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="52"/>
        <source>암호 또는 복구 키</source>
        <translation>Passphrase or recovery key</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="58"/>
        <source>새 암호 확인</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="76"/>
        <source>두 암호가 다릅니다.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../coach_app/ui/radar.py" line="81"/>
        <source>영역이 셋 이상일 때 그립니다</source>
        <translation>Drawn when there are three areas or more</translation>
    </message>
</context>
<context>
    <name>RaisedDifficulties</name>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="93"/>
        <source>분야</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="94"/>
        <source>애로 내용</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="95"/>
        <source>심각도</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="96"/>
        <source>요청 지원</source>
        <translation>Support requested</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="97"/>
        <source>담당 기관</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="98"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="99"/>
        <source>조치 결과</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="100"/>
        <source>처리 기한</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="115"/>
        <source>이 방문에서 저장된 애로사항입니다. 상태는 다음 방문의 후속 조치에서 바꿉니다.</source>
        <translation>Raised and saved at this visit; its status changes at a later visit&apos;s follow-up.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="141"/>
        <source>정한 처리 기한입니다. 심각도 기준 날짜로 돌리면 기준을 따릅니다.</source>
        <translation>A due date you set. Set it back to the severity&apos;s date to follow the rule again.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/difficulty_model.py" line="142"/>
        <source>심각도 기준 기한입니다. 날짜를 바꾸면 그 날짜가 기한이 됩니다.</source>
        <translation>Due by the severity&apos;s rule. Change the date to set your own.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="95"/>
        <source>복구 키</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="100"/>
        <source>이 노트북의 자료(데이터베이스, 사진, 임시 저장, 백업)를 암호화했습니다. 아래 복구 키를 종이에 적어 안전한 곳에 보관하세요. 다른 컴퓨터나 새 사용자 계정에서 자료를 열 때 필요하며, 다시 표시되지 않습니다.</source>
        <translation>The data on this laptop (database, photos, drafts, backups) is now encrypted. Write the recovery key below on paper and keep it somewhere safe. It opens the data on another computer or a new user account, and is not shown again.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/unlock_dialog.py" line="116"/>
        <source>복구 키를 적어 두었습니다</source>
        <translation>I have written the recovery key down</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../coach_app/ui/reminders.py" line="51"/>
        <source>Coach — 오늘 할 일</source>
        <translation>Coach — today</translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="49"/>
        <source>PDF 보고서 저장</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="56"/>
        <source>보고서를 저장할 폴더</source>
        <translation>Folder for the reports</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="75"/>
        <source>보고서를 저장했습니다: %1 (%2쪽)</source>
        <translation>Report saved: %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="81"/>
        <location filename="../../coach_app/ui/report_jobs.py" line="106"/>
        <source>보고서를 만드는 중…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="94"/>
        <source>사업이 없습니다.</source>
        <translation>There is no programme.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="106"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="108"/>
        <location filename="../../coach_app/ui/report_jobs.py" line="148"/>
        <location filename="../../coach_app/ui/report_jobs.py" line="160"/>
        <source>일괄 보고서</source>
        <translation>Batch of reports</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="127"/>
        <source>보고서 %1 / %2</source>
        <translation>Report %1 / %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="134"/>
        <source>보고서 %1개를 %2에 저장했습니다.</source>
        <translation>%1 reports saved in %2.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="139"/>
        <source>중간에 취소했습니다.</source>
        <translation>Cancelled part way.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="141"/>
        <source>만들지 못한 보고서 %1개:</source>
        <translation>%1 reports could not be written:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="160"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="83"/>
        <location filename="../../coach_app/ui/report_jobs.py" line="168"/>
        <source>보고서를 만들지 못했습니다.</source>
        <translation>The report could not be made.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="174"/>
        <source>보고서 만들기를 취소했습니다.</source>
        <translation>Report cancelled.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/report_jobs.py" line="178"/>
        <source>보고서</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../coach_app/ui/reschedule.py" line="38"/>
        <source>처리 기한 변경</source>
        <translation>Move the due date</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/reschedule.py" line="42"/>
        <source>애로사항</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/reschedule.py" line="43"/>
        <source>지금 기한</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/reschedule.py" line="47"/>
        <source>새 기한</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/reschedule.py" line="56"/>
        <source>기한 변경</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/reschedule.py" line="57"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/reschedule.py" line="82"/>
        <source>기한을 바꾸지 못했습니다: %1</source>
        <translation>The due date was not moved: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../coach_app/ui/review_page.py" line="119"/>
        <source>검토 대기 로드맵 %1건</source>
        <translation>%1 roadmaps waiting for review</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/review_page.py" line="123"/>
        <source>내 로드맵의 검토 상황 (검토 중·보완 요청 %1건)</source>
        <translation>My roadmaps in review (submitted or changes requested: %1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/review_page.py" line="152"/>
        <source>검토할 로드맵이 없습니다.</source>
        <translation>No roadmap to review.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/review_page.py" line="158"/>
        <source>(%1차, %2)</source>
        <translation>(revision %1, %2)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/review_page.py" line="163"/>
        <source>첫 검토입니다.</source>
        <translation>First review.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/review_page.py" line="168"/>
        <source>지난 승인 차수와 같습니다.</source>
        <translation>Same as the last approved revision.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/review_page.py" line="179"/>
        <source>[신규] %1</source>
        <translation>[new] %1</translation>
    </message>
</context>
<context>
    <name>ReviewPageForm</name>
    <message>
        <location filename="../../forms/review_page.ui" line="26"/>
        <source>로드맵 보기…</source>
        <translation>View roadmap…</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="31"/>
        <source>지난 승인 차수 이후 바뀐 내용</source>
        <translation>Changes since the last approved revision</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="34"/>
        <source>과제 / 항목</source>
        <translation>Item / field</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="34"/>
        <source>이전</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="34"/>
        <source>변경</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="40"/>
        <source>검토 이력</source>
        <translation>Review history</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="45"/>
        <source>검토 의견 (보완 요청에는 꼭 적으세요)</source>
        <translation>Review comment (required when requesting changes)</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="50"/>
        <source>의견만 남기기</source>
        <translation>Comment only</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="51"/>
        <source>보완 요청</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <location filename="../../forms/review_page.ui" line="52"/>
        <source>승인</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>RoadmapEditor</name>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="160"/>
        <source>로드맵 — %1 · %2</source>
        <translation>Roadmap — %1 · %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="162"/>
        <source>(제목 없음)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="167"/>
        <source>%1차 · %2</source>
        <translation>Revision %1 · %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="190"/>
        <source>과제 %1개</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="191"/>
        <source>총 예산 %1</source>
        <translation>Total budget %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="198"/>
        <source>선행 관계 문제 %1건 (빨간 줄)</source>
        <translation>%1 dependency problems (red rows)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="206"/>
        <source>아직 검토 의견이 없습니다.</source>
        <translation>No review comments yet.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="219"/>
        <source>고칠 수 있는 차수에서만 과제를 추천합니다.</source>
        <translation>Suggestions are offered on an editable revision only.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="227"/>
        <source>한도 %1</source>
        <translation>cap %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_editor.py" line="235"/>
        <source>추천할 지원사업이 없습니다. 먼저 진단을 하거나 애로사항을 기록하세요.</source>
        <translation>No programme to suggest. Diagnose the company or record its difficulties first.</translation>
    </message>
</context>
<context>
    <name>RoadmapForm</name>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="13"/>
        <source>로드맵 제목</source>
        <translation>Roadmap title</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="20"/>
        <source>과제 추가…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="21"/>
        <source>과제 수정…</source>
        <translation>Edit item…</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="22"/>
        <source>과제 삭제</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="23"/>
        <source>PDF로 저장…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="25"/>
        <source>새 차수로 수정</source>
        <translation>Edit as new revision</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="25"/>
        <source>승인된 차수는 그대로 두고, 복사한 새 차수에서 고칩니다</source>
        <translation>The approved revision stays as it is; changes go into a copy</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="26"/>
        <source>검토 요청 취소</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="27"/>
        <source>검토 요청</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="28"/>
        <source>추진 시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="29"/>
        <source>추진 완료</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="46"/>
        <source>추천 과제</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="52"/>
        <source>최근 진단의 부족 영역과 미해결 애로사항에 맞는 지원사업입니다.</source>
        <translation>Support programmes answering the gaps of the latest diagnosis and the open difficulties.</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="55"/>
        <source>로드맵에 추가</source>
        <translation>Add to roadmap</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_editor.ui" line="59"/>
        <source>검토 의견</source>
        <translation>Review comments</translation>
    </message>
</context>
<context>
    <name>RoadmapItemForm</name>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="15"/>
        <source>과제명 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="17"/>
        <source>단계 *</source>
        <translation>Stage *</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="19"/>
        <source>과제 유형</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="21"/>
        <source>추진 차례(단계)</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="23"/>
        <source>시작일</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="24"/>
        <location filename="../../forms/roadmap_item.ui" line="26"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="25"/>
        <source>종료일</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="27"/>
        <source>국비 (원)</source>
        <translation>National (KRW)</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="28"/>
        <source>예: 2,500만원</source>
        <translation>e.g. 25,000,000</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="29"/>
        <source>시비·도비 (원)</source>
        <translation>City / province (KRW)</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="31"/>
        <source>자부담 (원)</source>
        <translation>Company share (KRW)</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="33"/>
        <source>주관 기관</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="35"/>
        <source>진행 상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="43"/>
        <source>성과 지표 (KPI)</source>
        <translation>Key performance indicator (KPI)</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="45"/>
        <source>지표</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="46"/>
        <source>예: 특허 출원</source>
        <translation>e.g. patent filings</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="47"/>
        <source>단위</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="48"/>
        <source>예: 건</source>
        <translation>e.g. filings</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="49"/>
        <source>기준값</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="51"/>
        <source>목표</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="53"/>
        <source>실적</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="58"/>
        <source>선행 과제 (끝나야 시작할 수 있는 과제)</source>
        <translation>Predecessors (must end before this starts)</translation>
    </message>
    <message>
        <location filename="../../forms/roadmap_item.ui" line="64"/>
        <source>내용</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>RoadmapItems</name>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="48"/>
        <source>차례</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="49"/>
        <source>단계</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="50"/>
        <source>과제</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="51"/>
        <source>시작</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="52"/>
        <source>종료</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="53"/>
        <source>예산</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="54"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="55"/>
        <source>KPI 목표</source>
        <translation>KPI target</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="56"/>
        <source>실적</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_model.py" line="57"/>
        <source>선행 과제</source>
        <translation>Predecessors</translation>
    </message>
</context>
<context>
    <name>RoadmapList</name>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="50"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="51"/>
        <source>로드맵</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="52"/>
        <source>차수</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="53"/>
        <source>상태</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="54"/>
        <source>코치</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="55"/>
        <source>과제</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="56"/>
        <source>총 예산</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_list.py" line="57"/>
        <source>검토 요청</source>
        <translation>Submit for review</translation>
    </message>
</context>
<context>
    <name>RoadmapListPage</name>
    <message>
        <location filename="../../coach_app/ui/roadmap_page.py" line="38"/>
        <source>기업명, 로드맵 제목, 코치로 찾기</source>
        <translation>Find by company, roadmap title or coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_page.py" line="42"/>
        <source>모든 상태</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_page.py" line="47"/>
        <source>로드맵</source>
        <translation>Roadmaps</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/roadmap_page.py" line="59"/>
        <source>로드맵은 기업 화면의 &apos;로드맵&apos; 단추로 만듭니다. 두 번 누르면 엽니다.</source>
        <translation>Roadmaps are created with the Roadmap button on a company&apos;s page. Double-click to open.</translation>
    </message>
</context>
<context>
    <name>SatisfactionForm</name>
    <message>
        <location filename="../../coach_app/ui/satisfaction_form.py" line="35"/>
        <source>방문 만족도 평가 — %1</source>
        <translation>Visit satisfaction — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_form.py" line="44"/>
        <source>%1 · %2 방문</source>
        <translation>%1 · visit of %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_form.py" line="66"/>
        <source>평가 제출</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_form.py" line="69"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/satisfaction_form.ui" line="12"/>
        <source>이 방문에 대해 기업 대표(또는 담당자)께서 직접 평가해 주세요. 1점: 매우 불만족, 5점: 매우 만족. 제출한 평가는 고칠 수 없습니다.</source>
        <translation>Please rate this visit yourself, as the company&apos;s representative. 1: very dissatisfied, 5: very satisfied. A rating cannot be changed once submitted.</translation>
    </message>
    <message>
        <location filename="../../forms/satisfaction_form.ui" line="15"/>
        <source>평가</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../forms/satisfaction_form.ui" line="21"/>
        <source>응답자 *</source>
        <translation>Respondent *</translation>
    </message>
    <message>
        <location filename="../../forms/satisfaction_form.ui" line="23"/>
        <source>직위</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../forms/satisfaction_form.ui" line="25"/>
        <source>의견</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>SatisfactionResultsView</name>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="31"/>
        <source>만족도 결과</source>
        <translation>Satisfaction results</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="36"/>
        <source>읽는 중…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="38"/>
        <source>코치별</source>
        <translation>By coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="39"/>
        <source>사업별</source>
        <translation>By programme</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="40"/>
        <source>의견</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="66"/>
        <source>만족도 결과를 읽지 못했습니다: %1</source>
        <translation>The satisfaction results could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="74"/>
        <source>전체 코치</source>
        <translation>All coaches</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="74"/>
        <source>내 방문</source>
        <translation>My visits</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="76"/>
        <source>%1: 평가 %2건 · 평균 %3 / %4점</source>
        <translation>%1: %2 ratings · mean %3 / %4</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="83"/>
        <source>코치별 (%1명)</source>
        <translation>By coach (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="86"/>
        <source>사업별 (%1개)</source>
        <translation>By programme (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="89"/>
        <source>의견 %1건</source>
        <translation>%1 comments</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="102"/>
        <source>만족도 평가 의견 (최근 순)</source>
        <translation>Satisfaction comments (newest first)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="104"/>
        <source>평가일</source>
        <translation>Rated on</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="105"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="106"/>
        <source>방문일</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="107"/>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="130"/>
        <source>코치</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="108"/>
        <source>의견 내용</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="125"/>
        <source>코치별 만족도 (1~5점 평균, 평가가 없으면 —)</source>
        <translation>Satisfaction by coach (mean of 1–5, — where nothing was rated)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="127"/>
        <source>사업별 만족도 (1~5점 평균, 평가가 없으면 —)</source>
        <translation>Satisfaction by programme (mean of 1–5, — where nothing was rated)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="130"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="131"/>
        <source>평가 수</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/satisfaction_results.py" line="133"/>
        <source>평균</source>
        <translation>Mean</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <location filename="../../coach_app/ui/settings.py" line="80"/>
        <source>한글 글꼴</source>
        <translation>Korean font</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings.py" line="82"/>
        <source>TrueType 글꼴 (*.ttf)</source>
        <translation>TrueType fonts (*.ttf)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings.py" line="90"/>
        <source>CA 인증서 파일</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/settings.py" line="92"/>
        <source>인증서 (*.crt *.pem *.cer);;모든 파일 (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../forms/settings.ui" line="6"/>
        <source>설정</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="10"/>
        <source>화면 언어</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="12"/>
        <source>보고서 한글 글꼴</source>
        <translation>Korean font for reports</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="15"/>
        <source>자동 (맑은 고딕, 나눔고딕, AppleGothic)</source>
        <translation>Automatic (Malgun Gothic, Nanum Gothic, AppleGothic)</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="16"/>
        <location filename="../../forms/settings.ui" line="32"/>
        <source>찾아보기…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="23"/>
        <source>서버 연결 보안 (TLS)</source>
        <translation>Server connection security (TLS)</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="25"/>
        <source>CA 인증서 파일</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="29"/>
        <source>없음 (서버 인증서를 확인하지 않음)</source>
        <translation>None (the server&apos;s certificate is not checked)</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="30"/>
        <source>관리자에게 받은 기관의 CA 인증서(.crt 또는 .pem, PEM 형식)입니다. 이 파일을 주면 동기화할 때마다 서버 인증서가 이 CA에서 발급되었고 서버 주소의 호스트 이름과 맞는지 확인합니다(sslmode=verify-full). 서버 주소에 sslmode나 sslrootcert를 직접 적었다면 그 값이 이 설정보다 우선합니다.</source>
        <translation>The agency&apos;s CA certificate (.crt or .pem, in PEM format) from your administrator. With it, every sync checks that the server&apos;s certificate was issued by this CA and names the host in the server address (sslmode=verify-full). An sslmode or sslrootcert written in the server address wins over this setting.</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="36"/>
        <source>서버 인증서 확인 (권장)</source>
        <translation>Verify the server (recommended)</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="38"/>
        <source>켜 두면 서버 인증서와 호스트 이름을 CA 인증서로 확인합니다(verify-full). 끄면 연결은 암호화되지만 서버를 확인하지 않습니다(require). 서버 주소의 sslmode가 이 설정보다 우선합니다.</source>
        <translation>When on, the server&apos;s certificate and host name are checked against the CA certificate (verify-full). When off, the connection is encrypted but the server is not checked (require). An sslmode in the server address wins over this setting.</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="41"/>
        <source>주의: 서버 인증서를 확인하지 않습니다. 연결은 암호화되지만 상대가 진짜 기관 서버인지 알 수 없습니다. 인증서 문제를 고치는 동안에만 끄세요.</source>
        <translation>Warning: the server&apos;s certificate is not checked. The connection is encrypted, but nothing proves it is the agency&apos;s real server. Turn this off only while a certificate problem is being fixed.</translation>
    </message>
    <message>
        <location filename="../../forms/settings.ui" line="49"/>
        <source>언어는 Coach를 다시 시작하면 바뀝니다.</source>
        <translation>The language changes when Coach starts again.</translation>
    </message>
</context>
<context>
    <name>SignVisitDialog</name>
    <message>
        <location filename="../../coach_app/ui/sign_visit.py" line="35"/>
        <source>현장 서명 — %1</source>
        <translation>Signed on site — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sign_visit.py" line="62"/>
        <source>방문일: %1 · 장소: %2</source>
        <translation>Visit date: %1 · Place: %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sign_visit.py" line="65"/>
        <source>참석자: %1</source>
        <translation>Attendees: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sign_visit.py" line="66"/>
        <source>방문 목적: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sign_visit.py" line="67"/>
        <source>코칭 내용: %1</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sign_visit.py" line="68"/>
        <source>애로사항 %1건: %2</source>
        <translation>%1 difficulties: %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sign_visit.py" line="71"/>
        <source>사진·파일 %1개</source>
        <translation>%1 photos or files</translation>
    </message>
</context>
<context>
    <name>SignVisitForm</name>
    <message>
        <location filename="../../forms/sign_visit.ui" line="11"/>
        <source>기업 대표(또는 대리인)가 아래 방문 기록을 확인하고 서명합니다. 서명한 뒤에 기록을 고치면 화면과 보고서에 &apos;서명 후 수정됨&apos;으로 표시됩니다.</source>
        <translation>The company&apos;s representative (or a deputy) reads the visit record below and signs it. If the record is changed after signing, the screen and the report show it as &apos;edited after signing&apos;.</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="15"/>
        <source>서명자 이름 *</source>
        <translation>Signer&apos;s name *</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="16"/>
        <source>예: 김민준</source>
        <translation>e.g. Kim Minjun</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="17"/>
        <source>직함</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="18"/>
        <source>예: 대표이사</source>
        <translation>e.g. CEO</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="24"/>
        <source>한 획 되돌리기</source>
        <translation>Undo last stroke</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="25"/>
        <source>모두 지우기</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="33"/>
        <source>서명 저장</source>
        <translation>Save signature</translation>
    </message>
    <message>
        <location filename="../../forms/sign_visit.ui" line="34"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../coach_app/ui/signature_pad.py" line="45"/>
        <source>서명 칸</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/signature_pad.py" line="46"/>
        <source>여기에 서명하세요</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="64"/>
        <location filename="../../coach_app/ui/summary_export.py" line="68"/>
        <location filename="../../coach_app/ui/summary_export.py" line="72"/>
        <source>전체</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="81"/>
        <source>기간의 끝이 시작보다 빠릅니다.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="103"/>
        <source>Excel 요약 저장</source>
        <translation>Save Excel summary</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="138"/>
        <source>Excel 요약을 저장했습니다: %1</source>
        <translation>Excel summary saved: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="154"/>
        <source>요약을 만들지 못했습니다.</source>
        <translation>The summary could not be made.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="142"/>
        <source>Excel 요약을 취소했습니다. 파일은 만들지 않았습니다.</source>
        <translation>Excel summary cancelled. No file was written.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="151"/>
        <source>Excel 요약을 만드는 중: %1</source>
        <translation>Writing the Excel summary: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="132"/>
        <location filename="../../coach_app/ui/summary_export.py" line="145"/>
        <source>Excel 요약</source>
        <translation>Excel summary</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/summary_export.py" line="132"/>
        <source>Excel 요약을 만드는 중…</source>
        <translation>Writing the Excel summary…</translation>
    </message>
</context>
<context>
    <name>SummaryExportForm</name>
    <message>
        <location filename="../../forms/summary_export.ui" line="6"/>
        <source>Excel 요약 내보내기</source>
        <translation>Export Excel summary</translation>
    </message>
    <message>
        <location filename="../../forms/summary_export.ui" line="8"/>
        <source>기업, 방문, 애로사항, 진단 점수, 로드맵 예산을 시트별로 정리하고 대시보드 차트를 붙입니다. 비워 두면 전체를 내보냅니다.</source>
        <translation>Companies, visits, difficulties, diagnosis scores and roadmap budgets, one sheet each, with a dashboard of charts. Leave a filter empty to export everything.</translation>
    </message>
    <message>
        <location filename="../../forms/summary_export.ui" line="11"/>
        <source>기간</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../forms/summary_export.ui" line="14"/>
        <location filename="../../forms/summary_export.ui" line="16"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../forms/summary_export.ui" line="19"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/summary_export.ui" line="21"/>
        <source>지역</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../forms/summary_export.ui" line="23"/>
        <source>코치</source>
        <translation>Coach</translation>
    </message>
</context>
<context>
    <name>SyncHistoryModel</name>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="29"/>
        <source>시각</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="30"/>
        <source>결과</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="31"/>
        <source>보냄</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="32"/>
        <source>받음</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="33"/>
        <source>거부</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="34"/>
        <source>충돌</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="35"/>
        <source>걸린 시간</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="49"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="50"/>
        <source>실패</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="51"/>
        <source>취소</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="74"/>
        <source>%1초</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="83"/>
        <source>시각: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="86"/>
        <source>결과: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="87"/>
        <source>걸린 시간: %1초</source>
        <translation>Duration: %1 s</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="88"/>
        <source>보낸 변경 %1건, 받은 변경 %2건</source>
        <translation>Changes sent: %1, received: %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="91"/>
        <source>사진·파일: 보냄 %1개, 받음 %2개</source>
        <translation>Photos and files: %1 sent, %2 received</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="94"/>
        <source>새 충돌 %1건</source>
        <translation>New conflicts: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="97"/>
        <source>오류:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="99"/>
        <source>서버가 거부한 변경 %1건:</source>
        <translation>Changes refused by the server: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="107"/>
        <source>동기화 전 백업: %1</source>
        <translation>Backup before the sync: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_history.py" line="109"/>
        <source>바뀐 내용이 없어 백업하지 않았습니다.</source>
        <translation>Nothing changed, so no backup was taken.</translation>
    </message>
</context>
<context>
    <name>SyncMarks</name>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="26"/>
        <source>서버가 거부함</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="27"/>
        <source>충돌 — 결정 필요</source>
        <translation>Conflict — needs your decision</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="28"/>
        <source>보낼 차례 (대기 중)</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="29"/>
        <source>보냄 (서버 확인 전)</source>
        <translation>Sent (not yet confirmed)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="30"/>
        <source>서버에서 확인됨</source>
        <translation>Confirmed by the server</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="31"/>
        <source>아직 동기화하지 않음</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="38"/>
        <source>서버가 이 변경을 받아들이지 않았습니다. 입력한 내용은 보관되어 있습니다. 동기화 화면에서 고쳐서 다시 보내거나 버리세요.</source>
        <translation>The server did not accept this change. What you typed is kept. On the Sync page, correct it and send it again, or discard it.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="43"/>
        <source>이 컴퓨터와 서버에서 서로 다르게 수정되었습니다. 동기화 화면에서 정하세요.</source>
        <translation>It was changed differently here and on the server. Decide on the Sync page.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="47"/>
        <source>이 컴퓨터에서 바뀐 내용이 다음 동기화에서 서버로 갑니다.</source>
        <translation>The change made on this computer goes to the server with the next sync.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="50"/>
        <source>서버가 변경을 받았습니다. 다음 동기화에서 서버의 사본을 받으면 확인됩니다.</source>
        <translation>The server took the change; it is confirmed once the next sync brings the server&apos;s copy back.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="54"/>
        <source>이 컴퓨터의 내용이 서버와 같습니다.</source>
        <translation>This computer holds the server&apos;s copy.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="57"/>
        <source>이 데이터베이스는 아직 서버와 동기화한 적이 없습니다.</source>
        <translation>This database has never synced with a server.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_marks.py" line="64"/>
        <source>사유: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="41"/>
        <source>이 컴퓨터에는 비밀번호를 보관할 키링이 없어 동기화할 때마다 비밀번호를 묻습니다. 설정 파일에는 저장되지 않습니다.</source>
        <translation>This computer has no keyring to keep the password, so it is asked for at every sync. It is never written to the settings file.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="83"/>
        <source>지금 동기화(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="97"/>
        <source>서버 주소와 로그인 ID를 입력하세요.</source>
        <translation>Enter the server address and your login.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="133"/>
        <source>입력한 내용을 다시 넣었습니다. 필요하면 고친 뒤 동기화하세요.</source>
        <translation>What you typed is back in the record. Correct it if needed, then sync.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="145"/>
        <source>멈추는 중… (지금 단계를 마치고 멈춥니다)</source>
        <translation>Stopping… (after the current step)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="152"/>
        <source>연결하는 중…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="163"/>
        <source>보냄 %1건, 받음 %2건 (%3초)</source>
        <translation>Sent %1, received %2 (%3 s)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="167"/>
        <source>사진·파일: 보냄 %1개, 받음 %2개</source>
        <translation>Photos and files: sent %1, received %2</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="173"/>
        <source>담당 기업: %1곳 추가, %2곳 제외</source>
        <translation>Assigned companies: %1 added, %2 removed</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="179"/>
        <source>서버가 거부한 변경 %1건이 아래 목록에 있습니다.</source>
        <translation>%1 changes refused by the server are listed below.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="184"/>
        <source>해결할 충돌 %1건</source>
        <translation>%1 conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="195"/>
        <source>동기화를 취소했습니다. 이미 보내거나 받은 내용은 그대로 있습니다.</source>
        <translation>Sync cancelled. What was already sent or received stays.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="201"/>
        <source>서버 비밀번호</source>
        <translation>Server password</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="202"/>
        <source>%1의 서버 비밀번호:</source>
        <translation>Server password for %1:</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_page.py" line="210"/>
        <source>동기화하지 못했습니다. 작업 내용은 안전합니다.</source>
        <translation>The sync could not be done. Your work is safe.</translation>
    </message>
</context>
<context>
    <name>SyncPageForm</name>
    <message>
        <location filename="../../forms/sync_page.ui" line="13"/>
        <source>서버 연결</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="15"/>
        <source>서버 주소</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="17"/>
        <source>로그인 ID</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="18"/>
        <source>서버 로그인 ID</source>
        <translation>Your server login</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="21"/>
        <source>지금 동기화</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="23"/>
        <source>취소</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="28"/>
        <source>비밀번호는 운영체제의 키링에 저장되며 설정 파일에는 저장되지 않습니다.</source>
        <translation>The password is kept in the operating system&apos;s keyring, never in a settings file.</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="34"/>
        <source>마지막 결과</source>
        <translation>Last result</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="36"/>
        <source>아직 이 컴퓨터에서 동기화하지 않았습니다.</source>
        <translation>This computer has not synced yet.</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="42"/>
        <source>해결할 충돌</source>
        <translation>Conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="49"/>
        <source>선택한 충돌 해결…</source>
        <translation>Resolve the selected conflict…</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="57"/>
        <source>동기화 기록</source>
        <translation>Sync history</translation>
    </message>
    <message>
        <location filename="../../forms/sync_page.ui" line="61"/>
        <source>기록을 선택하면 자세한 내용이 여기에 나옵니다.</source>
        <translation>Select a sync to see its details here.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="18"/>
        <source>동기화 중…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="24"/>
        <source>서버 미설정</source>
        <translation>No server set</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="26"/>
        <source>연결 확인 중</source>
        <translation>Checking connection</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="28"/>
        <source>● 온라인</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="30"/>
        <source>○ 오프라인</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="31"/>
        <source>보낼 변경 %1건</source>
        <translation>%1 changes to send</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="33"/>
        <source>충돌 %1건</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="41"/>
        <source>마지막 동기화 %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/sync_status.py" line="43"/>
        <source>동기화 기록 없음</source>
        <translation>Never synced</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="102"/>
        <source>오늘 할 일을 읽지 못했습니다: %1</source>
        <translation>Could not read today&apos;s work: %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="132"/>
        <source>기한 지난 후속 조치 (%1건)</source>
        <translation>Overdue follow-ups (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="141"/>
        <source>기한이 지난 일이 없습니다.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="114"/>
        <source>&lt;b&gt;오늘 %1&lt;/b&gt; · 앞으로 7일 %2 – %3</source>
        <translation>&lt;b&gt;Today %1&lt;/b&gt; · next 7 days %2 – %3</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="126"/>
        <source>7일 안 기한 (%1건)</source>
        <translation>Due in the next 7 days (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="143"/>
        <source>기한 지난 후속 조치 %1건, 7일 안 기한 %2건, 보완 요청 로드맵 %3건, 저장하지 않은 기록 %4건, 해결할 충돌 %5건</source>
        <translation>%1 overdue follow-ups, %2 due in the next 7 days, %3 roadmaps returned with changes, %4 unsaved drafts, %5 conflicts to resolve</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="169"/>
        <source>앞으로 7일 방문 (%1건)</source>
        <translation>Visits in the next 7 days (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="173"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="175"/>
        <source>예정</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="177"/>
        <source>완료</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="178"/>
        <source>방문</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="205"/>
        <source>%1일 지남</source>
        <translation>%1 days late</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="207"/>
        <source>오늘까지</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="209"/>
        <source>%1일 남음</source>
        <translation>%1 days left</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="210"/>
        <source>제기 후 %1일</source>
        <translation>raised %1 days ago</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="215"/>
        <source>(여러 기업)</source>
        <translation>(several companies)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="226"/>
        <location filename="../../coach_app/ui/today_page.py" line="248"/>
        <source>… 외 %1건</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="231"/>
        <source>보완 요청된 로드맵 (%1건)</source>
        <translation>Roadmaps returned with changes (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="237"/>
        <source>로드맵 %1판</source>
        <translation>Roadmap rev. %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="241"/>
        <source>%1일 전</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="253"/>
        <source>저장하지 않은 기록 (%1건)</source>
        <translation>Unsaved drafts (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="258"/>
        <source>작성 중</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="264"/>
        <source>해결할 충돌 (%1건)</source>
        <translation>Conflicts to resolve (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="271"/>
        <source>충돌</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="293"/>
        <source>열기</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="296"/>
        <source>기한 변경…</source>
        <translation>Move the due date…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/today_page.py" line="301"/>
        <source>이 애로사항을 제기한 방문의 담당자만 기한을 바꿀 수 있습니다.</source>
        <translation>Only the coach of the visit that raised this difficulty can move its due date.</translation>
    </message>
</context>
<context>
    <name>TodayPageForm</name>
    <message>
        <location filename="../../forms/today_page.ui" line="13"/>
        <source>오늘</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="15"/>
        <source>불러오는 중…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="16"/>
        <source>새로 고침</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="20"/>
        <source>구분</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="20"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="20"/>
        <source>내용</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="20"/>
        <source>날짜·기한</source>
        <translation>Date / due</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="20"/>
        <source>경과</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/today_page.ui" line="21"/>
        <source>줄을 두 번 누르면 해당 화면이 열립니다.</source>
        <translation>Double-click a line to open its screen.</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="92"/>
        <source>방문 기록 — %1</source>
        <translation>Visit — %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="105"/>
        <source>방문이 속한 사업을 고르세요</source>
        <translation>Choose the programme of this visit</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="157"/>
        <source>이전 애로사항 후속 조치 (%1)</source>
        <translation>Follow-up of earlier difficulties (%1)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="355"/>
        <source>(사업 없음)</source>
        <translation>(no programme)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="378"/>
        <source>사진을 읽을 수 없습니다: %1 (목록에서 빼고 다시 저장하세요)</source>
        <translation>Cannot read the photo %1 (remove it from the list and save again)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="404"/>
        <source>후속 조치</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="408"/>
        <source>새 애로사항 %1</source>
        <translation>New difficulty %1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="411"/>
        <source>사진</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="439"/>
        <source>사진·파일 추가</source>
        <translation>Add photos or files</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="441"/>
        <source>사진 (*.jpg *.jpeg *.png *.heic *.bmp);;모든 파일 (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.bmp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="488"/>
        <source>1년 넘게 앞선 날짜는 받지 않습니다. 날짜를 확인하세요.</source>
        <translation>Dates more than a year ahead are not accepted. Check the date.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="491"/>
        <source>예정된 방문으로 저장됩니다: 방문 이력에 &apos;예정&apos;으로 표시되고 최근 방문으로 치지 않습니다.</source>
        <translation>Saved as a planned visit: shown as &apos;planned&apos; in the history and never counted as the latest visit.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="554"/>
        <source>예정된 방문은 열린 뒤에 검토합니다.</source>
        <translation>A planned visit is reviewed once it has taken place.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="563"/>
        <location filename="../../coach_app/ui/visit_editor.py" line="624"/>
        <source>예정된 방문은 열린 뒤에 서명을 받습니다.</source>
        <translation>A planned visit is signed once it has taken place.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="575"/>
        <source>이 방문은 담당 코치만 수정할 수 있습니다.</source>
        <translation>Only the visit&apos;s own coach can change it.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="579"/>
        <location filename="../../coach_app/ui/visit_editor.py" line="592"/>
        <source>검토 완료</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="580"/>
        <source>검토를 마친 방문은 누구도 더 고칠 수 없습니다.</source>
        <translation>Once reviewed, nobody can edit the visit any more.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="594"/>
        <source>이 방문을 검토 완료로 표시할까요? 그 뒤에는 담당 코치를 포함해 누구도 방문 기록과 애로사항, 사진을 고칠 수 없습니다 (다음 동기화 때 서버에도 적용됩니다).</source>
        <translation>Mark this visit as reviewed? From then on nobody, its coach included, can edit the visit, its difficulties or its photos (the server applies this at the next sync).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="613"/>
        <source>서명 받기…</source>
        <translation>Get signature…</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="615"/>
        <source>기업 대표가 이 방문 기록을 확인하고 노트북에 서명합니다 (먼저 저장합니다).</source>
        <translation>The company&apos;s representative reads this visit record and signs on the laptop (it is saved first).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="680"/>
        <source>서명 후 수정됨 — %1 님이 %2에 서명한 뒤 바뀐 것: %3. 다시 서명을 받을 수 있습니다.</source>
        <translation>Edited after signing — changed since %1 signed on %2: %3. You can ask for a new signature.</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="690"/>
        <source>✔ %1 님이 %2에 서명했습니다 (내용 해시 %3).</source>
        <translation>✔ Signed by %1 on %2 (content hash %3).</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_editor.py" line="573"/>
        <source>관리자가 검토를 마친 방문이라 수정할 수 없습니다.</source>
        <translation>A supervisor reviewed this visit; it can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>VisitEditorForm</name>
    <message>
        <location filename="../../forms/visit_editor.ui" line="13"/>
        <source>방문 내용</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="16"/>
        <source>방문일</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="18"/>
        <source>사업</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="20"/>
        <source>장소</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="22"/>
        <source>참석자</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="23"/>
        <source>예: 대표 김민준, 생산팀장 박서연</source>
        <translation>e.g. CEO Kim, production manager Park</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="24"/>
        <source>방문 목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="26"/>
        <source>코칭 내용</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="27"/>
        <source>현장에서 확인한 내용과 코칭 내용을 적으세요.</source>
        <translation>Write what you saw on site and the coaching given.</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="35"/>
        <source>이번 방문의 애로사항</source>
        <translation>Difficulties raised</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="44"/>
        <source>애로사항 추가</source>
        <translation>Add a difficulty</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="45"/>
        <source>선택 삭제</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="52"/>
        <source>이전 애로사항 후속 조치</source>
        <translation>Follow-up of earlier difficulties</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="58"/>
        <source>이전 방문에서 나온 애로사항의 새 상태와 조치 결과를 적으세요. &apos;해결&apos;이나 &apos;종결&apos;에는 조치 결과가 필요합니다.</source>
        <translation>Give the new status and the resolution of difficulties from earlier visits. &apos;Resolved&apos; and &apos;closed&apos; need a resolution.</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="63"/>
        <source>사진·파일</source>
        <translation>Photos and files</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="69"/>
        <source>사진이나 파일을 여기에 끌어다 놓아도 됩니다.</source>
        <translation>You can also drop photos or files here.</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="73"/>
        <source>사진·파일 추가…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="74"/>
        <source>선택한 사진 빼기</source>
        <translation>Remove selected photos</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="86"/>
        <source>저장</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../forms/visit_editor.ui" line="87"/>
        <source>닫기</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="37"/>
        <source>방문일</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="38"/>
        <source>기업</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="39"/>
        <source>방문 목적</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="40"/>
        <source>코치</source>
        <translation>Coach</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="41"/>
        <source>애로사항</source>
        <translation>Difficulties</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="42"/>
        <source>검토</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="98"/>
        <source>%1 (예정)</source>
        <translation>%1 (planned)</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="105"/>
        <source>검토 완료</source>
        <translation>Reviewed</translation>
    </message>
</context>
<context>
    <name>VisitListPage</name>
    <message>
        <location filename="../../coach_app/ui/visit_page.py" line="117"/>
        <source>기업명, 방문 목적, 코치로 검색</source>
        <translation>Search by company, purpose or coach</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="54"/>
        <source>월</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="55"/>
        <source>화</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="56"/>
        <source>수</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="57"/>
        <source>목</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="58"/>
        <source>금</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="59"/>
        <source>토</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="60"/>
        <source>일</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/week_grid.py" line="102"/>
        <source>간담회: {title} ({count}곳)</source>
        <translation>Meeting: {title} ({count} companies)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../coach_app/ui/app.py" line="105"/>
        <source>예기치 못한 오류가 발생했습니다. 작업 내용은 저장되어 있습니다.
문제가 계속되면 이 로그 파일을 관리자에게 보내 주세요:
%1</source>
        <translation>An unexpected error occurred. Your work has been saved.
If it happens again, send this log file to your administrator:
%1</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/app.py" line="110"/>
        <source>오류</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../coach_app/ui/app.py" line="149"/>
        <source>데이터베이스를 열 수 없음</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
</TS>
