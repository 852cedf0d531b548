# Kịch bản “company-website”: một nữ chuyên viên tuyển dụng trên LinkedIn của một công ty phần
# mềm có website chỉn chu, trang công ty và một “trưởng phòng nhân sự” nhắn qua email. Mọi cách
# kiểm tra đi qua cô ta đều dẫn về cô ta; sổ đăng ký doanh nghiệp thì dẫn sang chỗ khác.
# Biến: $recruiter (tên một người phụ nữ), $hr (tên một người đàn ông), $monthly (đô la).
# “Quillmont Software” là tên bịa ra cho câu chuyện này; giữ nguyên trong mọi ngôn ngữ.
# Người tuyển dụng là nữ, trưởng phòng nhân sự là nam. Cả hai viết trang trọng, lịch sự, câu
# đầy đủ, không emoji; không ai trở nên thô lỗ. Họ xưng “tôi” và gọi người chơi là “anh/chị”.
# Người chơi xưng “tôi”, gọi người tuyển dụng là “chị” và trưởng phòng nhân sự là “anh”.
# Chữ trong ngoặc vuông là hành động của người chơi, không phải tin nhắn.

company-website-title = Hợp đồng React sáu tháng ở một công ty thanh toán
company-website-summary = Một chuyên viên tuyển dụng trên LinkedIn mời bạn ký hợp đồng làm từ xa với một công ty phần mềm chuyên làm công cụ thanh toán cho cửa hàng online.
company-website-cast-recruiter = { $recruiter }
company-website-cast-hr = { $hr }

company-website-hello = Chào buổi sáng, cảm ơn anh/chị đã chấp nhận lời mời kết nối. Tôi là { $recruiter }, talent partner tại Quillmont Software. Chúng tôi làm công cụ thanh toán và hóa đơn cho các nhà bán lẻ online quy mô vừa.
company-website-role = Chúng tôi đang tìm một lập trình viên React cấp senior theo hợp đồng sáu tháng, làm hoàn toàn từ xa, { MONEY($monthly) } mỗi tháng. Hồ sơ của anh/chị nổi bật trong đợt tìm kiếm, và trưởng nhóm kỹ thuật đã nhờ tôi liên hệ.
company-website-role-alt = Vị trí này là hợp đồng sáu tháng cho một lập trình viên React cấp senior, làm hoàn toàn từ xa, với mức { MONEY($monthly) } mỗi tháng. Trưởng nhóm kỹ thuật của chúng tôi thấy hồ sơ của anh/chị khi tìm kiếm và đã nhờ tôi liên lạc.
company-website-portfolio-ask = Trước khi giới thiệu anh/chị, anh/chị có thể gửi tôi link portfolio, hoặc hai dự án mà anh/chị tâm đắc không? Một repository công khai cũng được.

company-website-portfolio-choice-send = Tất nhiên rồi. Đây là portfolio của tôi; dự án làm lại trang checkout gần với sản phẩm bên chị nhất.
company-website-portfolio-choice-first = Chị gửi tôi hợp đồng và tên khách hàng trước nhé. Sản phẩm của tôi để sau.
company-website-portfolio-choice-first-feedback = Hỏi về khách hàng là chính đáng, nhưng portfolio sinh ra là để cho người khác xem: nó công khai, cho thấy việc của chính bạn, và không ai mở được gì dưới tên bạn bằng nó. Giữ lại chỉ làm chậm một bước đầu bình thường.
company-website-portfolio-choice-no = Thôi, tôi xin phép không gửi. Người tuyển dụng tự nhắn trước thường nhắm tới chuyện khác.
company-website-portfolio-choice-no-feedback = Thận trọng với người tuyển dụng là lành mạnh, nhưng yêu cầu này vô hại: link portfolio là công khai và cho thấy việc của chính bạn. Hãy để dành lời từ chối cho giấy tờ, thông tin đăng nhập và quyền điều khiển máy tính của bạn.

company-website-portfolio-shrug = Tôi hiểu, và sẽ không ép anh/chị. Để tôi kể thêm một chút về chúng tôi, rồi anh/chị quyết định.
company-website-portfolio-thanks = Cảm ơn anh/chị. Trưởng nhóm của chúng tôi đặc biệt thích dự án làm lại trang checkout, nên tôi rất muốn mời anh/chị vào vòng tiếp theo.
company-website-company = Để anh/chị biết chúng tôi là ai: mọi thông tin đều có trên website và trang LinkedIn của công ty. Trưởng phòng nhân sự của chúng tôi, anh { $hr }, sẽ gửi hợp đồng cộng tác qua email trong hôm nay.
company-website-website = Website của Quillmont rất chỉn chu: các case study có logo khách hàng, ảnh đội ngũ, một địa chỉ văn phòng ở Mỹ, số điện thoại và form liên hệ. Trang công ty trên LinkedIn có 23 nhân viên, trong đó có { $recruiter } và { $hr }.
company-website-hr-hello = Kính gửi anh/chị, chào mừng anh/chị đến với quy trình tuyển chọn của chúng tôi. Đính kèm là hợp đồng cộng tác tiêu chuẩn để anh/chị xem qua. Trân trọng, { $hr }, Trưởng phòng Nhân sự, Quillmont Software
company-website-hr-pdf = File PDF có logo Quillmont, số hợp đồng và chữ ký. Email được gửi từ một địa chỉ thuộc tên miền của website.
company-website-nda = Một bước thủ tục: mã nguồn của khách hàng là bảo mật, nên chúng tôi thuê cộng tác viên qua Upwork, với NDA đính kèm lời mời hợp đồng. Anh/chị sẽ thấy nó ở đó; nó chỉ áp dụng cho mã nguồn và dữ liệu của khách hàng.

company-website-nda-choice-accept = [Mở lời mời trên Upwork, đọc kỹ NDA rồi chấp nhận ngay ở đó]
company-website-nda-choice-accept-feedback = Tốt: một NDA về mã nguồn của khách, đính kèm lời mời hợp đồng nơi nền tảng nhìn thấy được, là chuyện bình thường. Nó giữ bí mật mã nguồn, chứ không giữ bí mật thỏa thuận.
company-website-nda-choice-code = Tôi sẽ ký NDA khi đã thấy tên khách hàng và chính mã nguồn.
company-website-nda-choice-code-feedback = Điều kiện này không thể đáp ứng: không ai cho xem mã nguồn bảo mật trước khi NDA được ký. Một NDA trên nền tảng, chỉ về mã nguồn của khách, là bước thông thường và không giấu Upwork điều gì.
company-website-nda-choice-refuse = [Từ chối lời mời trên Upwork: bạn không ký NDA cho việc cộng tác]
company-website-nda-choice-refuse-feedback = NDA cho mã nguồn của khách là chuyện thường trong làm việc theo hợp đồng, và bản này nằm trên nền tảng, Upwork nhìn thấy được. Giữ bí mật là dấu hiệu đáng ngờ khi bạn bị yêu cầu giấu chính thỏa thuận đó.

company-website-nda-reply = Tôi hiểu. NDA vẫn nằm trên Upwork nếu anh/chị đổi ý; nó chỉ bảo vệ mã nguồn của khách hàng chúng tôi.
company-website-check-offer = Tôi đoán anh/chị muốn biết mình đang làm việc với ai trước khi đi tiếp; thời buổi này như vậy là khôn ngoan. Anh { $hr } sẵn lòng nói chuyện qua điện thoại, và website của chúng tôi có đầy đủ thông tin.

company-website-check-choice-register = Cảm ơn chị. Tôi sẽ tự tra Quillmont trong sổ đăng ký doanh nghiệp và gọi số điện thoại ghi ở đó.
company-website-check-choice-register-feedback = Đúng cách kiểm tra: một mục trong sổ đăng ký và một số điện thoại do chính bạn tìm ra là những kênh cô ta không kiểm soát. Website, số điện thoại và đồng nghiệp của cô ta thì cô ta kiểm soát hết.
company-website-check-choice-hr-call = Nói chuyện với anh { $hr } là đủ với tôi. Chiều nay anh ấy gọi cho tôi được không?
company-website-check-choice-hr-call-feedback = Một cuộc gọi với chính đồng nghiệp của cô ta chỉ có thể xác nhận câu chuyện của cô ta: công ty bình phong luôn có một “trưởng phòng nhân sự” trên một tài khoản thứ hai. Hãy kiểm tra qua kênh cô ta không kiểm soát, như số điện thoại của công ty trong sổ đăng ký doanh nghiệp.
company-website-check-choice-site-call = [Gọi số điện thoại trên website Quillmont và xin gặp trưởng phòng nhân sự]
company-website-check-choice-site-call-feedback = Số điện thoại trên website thuộc về người dựng website. Số có giá trị là số bạn tự tìm ra, trong sổ đăng ký doanh nghiệp hoặc một danh bạ bạn tin cậy.

company-website-hr-call = Bạn nói chuyện điện thoại với { $hr }: thân thiện, lưu loát, anh ta biết hồ sơ của bạn và trả lời mọi câu hỏi về công việc. Số bạn gọi được anh ta là số trên website Quillmont.
company-website-register = Trong sổ đăng ký doanh nghiệp của bang ghi trên website, bạn tìm thấy Quillmont Software: một công ty có thật, đăng ký từ nhiều năm trước, nhưng ở một địa chỉ khác và với một số điện thoại khác với trên website.
company-website-switchboard = Bạn gọi số trong sổ đăng ký. Lễ tân rất nhiệt tình: không ai tên { $recruiter } hay { $hr } làm ở đó, công ty sản xuất cân công nghiệp và không có đội phần mềm nào, cũng chẳng tuyển cộng tác viên. Website đó không phải của họ.
company-website-nudge = Tin vui: nhóm muốn anh/chị bắt đầu vào thứ Hai. Anh { $hr } chỉ cần bản scan hộ chiếu và một tấm selfie anh/chị cầm hộ chiếu để khách hàng kiểm tra tuân thủ. Anh/chị gửi email cho anh ấy trong hôm nay được không?

company-website-reveal-choice-report = [Không gửi gì: chặn cô ta và báo cáo hồ sơ của cô ta cùng trang công ty với LinkedIn]
company-website-reveal-choice-report-feedback = Chính xác. Sổ đăng ký cho thấy website đã mượn tên một công ty có thật, và công ty đó chưa từng nghe đến cô ta. Không gửi gì và lặng lẽ báo cáo đã bảo vệ bạn và cả ứng viên tiếp theo.
company-website-reveal-choice-explain = Trước khi gửi gì, chị giải thích giúp vì sao sổ đăng ký lại ghi một địa chỉ khác?
company-website-reveal-choice-explain-feedback = Hỏi cô ta là cho cô ta cơ hội giải thích cho qua, và câu trả lời đã có sẵn. Khi một cách kiểm tra cô ta không kiểm soát lại mâu thuẫn với lời cô ta, hãy tin vào cách kiểm tra: công ty thật thì gọi được qua số đã đăng ký.
company-website-reveal-choice-send = [Email cho anh ta bản scan và ảnh selfie: chắc sổ đăng ký chỉ chưa cập nhật]
company-website-reveal-choice-send-feedback = Sổ đăng ký là nguồn duy nhất cô ta không kiểm soát, và nó mâu thuẫn với cô ta. Hộ chiếu của bạn và tấm selfie cầm nó chính là thứ giúp người khác mở tài khoản và vượt qua các bước kiểm tra dưới tên bạn.

company-website-explain = Anh/chị tinh ý thật, cảm ơn vì đã kiểm tra. Mục đó thuộc về công ty mẹ cũ của chúng tôi; chúng tôi đã chuyển địa điểm và sổ đăng ký chưa cập nhật kịp. Anh { $hr } sẽ gửi anh/chị chi tiết.
company-website-docs-ask = Kính gửi anh/chị, để hoàn tất thủ tục nhận việc, vui lòng trả lời email này kèm bản scan hộ chiếu, một tấm selfie anh/chị cầm hộ chiếu, và mã số thuế cá nhân. Khách hàng của chúng tôi cần những giấy tờ này để thẩm tra lý lịch.

company-website-docs-choice-platform = Tôi chỉ xác minh danh tính qua quy trình kiểm tra của chính Upwork cho hợp đồng này. Không gửi bản scan qua email.
company-website-docs-choice-platform-feedback = Đúng: chỉ xác minh danh tính trong quy trình của chính nền tảng. Bản scan hộ chiếu, ảnh selfie cầm nó và mã số thuế gửi qua email sẽ cho người khác hành động dưới tên bạn.
company-website-docs-choice-send = [Trả lời anh ta kèm bản scan hộ chiếu, ảnh selfie cầm hộ chiếu và mã số thuế của bạn]
company-website-docs-choice-half = Tôi gửi bản scan hộ chiếu và ảnh selfie ngay. Mã số thuế thì đợi tôi ký hợp đồng xong đã.
company-website-docs-choice-half-feedback = Bản scan hộ chiếu và tấm selfie cầm nó là phần giá trị nhất: có chúng, người khác có thể vượt qua bước kiểm tra danh tính như thể là bạn. Giữ lại mã số thuế không thay đổi được điều đó.

company-website-docs-push = Rất tiếc, bước kiểm tra của nền tảng không đáp ứng yêu cầu của khách hàng chúng tôi. Nếu không có giấy tờ, ngày mai chúng tôi buộc phải mời ứng viên tiếp theo.

company-website-push-choice-register = [Tự tra Quillmont trong sổ đăng ký doanh nghiệp và gọi số điện thoại ghi ở đó]
company-website-push-choice-register-feedback = Tốt: khi bị hối thúc, hãy kiểm tra qua kênh cô ta không kiểm soát. Số điện thoại trong sổ đăng ký cho bạn biết điều mà website không bao giờ nói.
company-website-push-choice-send = [Tối nay gửi giấy tờ, còn hơn mất việc chỉ vì thủ tục]
company-website-push-choice-confirm = Tôi sẽ gửi khi chị { $recruiter } xác nhận trên LinkedIn rằng anh làm ở Quillmont.
company-website-push-choice-confirm-feedback = Lời xác nhận của cô ta đến từ chính những người đó: một người tuyển dụng đứng ra bảo lãnh cho “trưởng phòng nhân sự” của mình thì chẳng chứng minh được gì. Hãy kiểm tra qua sổ đăng ký hoặc nền tảng, chứ không qua họ.

company-website-confirm = Tôi xác nhận anh { $hr } là trưởng phòng nhân sự của chúng tôi và đã làm ở đây ba năm. Anh/chị cứ gửi giấy tờ cho anh ấy; mọi thứ đều được xử lý bảo mật.
company-website-docs-sent = Bản scan hộ chiếu và ảnh selfie của bạn giờ đã nằm trong hộp thư của { $hr }.
company-website-access = Cảm ơn anh/chị, tôi đã nhận được. Bước cuối trước thứ Hai: mã nguồn của khách hàng không bao giờ rời khỏi môi trường bảo mật của họ, nên anh/chị vui lòng cài AnyDesk và gửi tôi ID hiện ra. Đội IT sẽ thiết lập máy làm việc cho anh/chị từ xa.

company-website-access-choice-report = [Không cài gì: chặn cả hai và báo cáo họ với LinkedIn và Upwork]
company-website-access-choice-report-feedback = Đúng. Không khách hàng thật nào cần quyền điều khiển máy tính của bạn; môi trường bảo mật được truy cập bằng tài khoản của chính bạn, không phải qua AnyDesk. Giấy tờ của bạn vẫn nằm trong tay họ, nên hãy báo cả ngân hàng.
company-website-access-choice-install = [Cài AnyDesk như được yêu cầu và gửi { $hr } số ID hiện ra]
company-website-access-choice-spare = Tôi sẽ cài, nhưng trên laptop cũ, không phải máy có các tài khoản của tôi.
company-website-access-choice-spare-feedback = Laptop cũ vẫn là kết nối internet của bạn, địa chỉ của bạn và tên bạn trong mắt hệ thống của khách, và ai điều khiển nó thì làm việc dưới danh nghĩa bạn. Không công việc thật nào cần điều khiển từ xa bất kỳ máy tính nào của bạn.

company-website-fine-identity-docs = Link portfolio là công khai và cho thấy việc của chính bạn: người tuyển dụng nào cũng có thể hỏi, và không ai mở được gì dưới tên bạn bằng nó. Những giấy tờ bị đòi sau đó, bản scan hộ chiếu và ảnh selfie gửi qua email, là chuyện khác hẳn.
company-website-fine-secrecy = Một NDA về mã nguồn của khách, đính kèm lời mời hợp đồng trên Upwork để nền tảng nhìn thấy, là chuyện thường trong làm việc theo hợp đồng. Giữ bí mật là dấu hiệu đáng ngờ khi bạn bị yêu cầu giấu thỏa thuận với nền tảng.

company-website-installed = { $hr } kết nối và dành một tiếng trên máy tính của bạn để “thiết lập máy làm việc”. Các cửa sổ mở ra đóng lại nhanh đến mức bạn không theo kịp.
company-website-aftermath = Hai tuần sau, ở Quillmont không còn ai trả lời, và website đã biến mất. Ngân hàng gọi cho bạn về một tài khoản đứng tên bạn mà bạn chưa từng đăng ký mở.
company-website-compromised = Một công ty bình phong đã có hộ chiếu, khuôn mặt và quyền điều khiển máy tính của bạn. Với những thứ đó, người khác có thể mở tài khoản, vượt qua các bước kiểm tra và làm việc dưới tên bạn, và mọi việc họ làm đều dẫn về bạn. Điều đó có thể biến bạn thành một phần của vụ lừa đảo, và rủi ro pháp lý vẫn nằm ở bạn. Người bị lừa không giống người cố ý giúp sức, và chủ động lên tiếng sớm sẽ giúp ích: gỡ phần mềm điều khiển từ xa, đổi mật khẩu từ một thiết bị khác, báo ngân hàng về giấy tờ đã gửi, báo cáo các hồ sơ với LinkedIn và Upwork, và mang các email đến công an. Trang “Đã lỡ dính vào?” trong trò chơi (phím I) có các bước tiếp theo.

company-website-reported = Bạn đã kiểm tra công ty qua một kênh cô ta không kiểm soát, và câu chuyện của cô ta không đứng vững. Bạn không gửi gì, đã chặn cô ta và báo cáo hồ sơ cùng trang công ty, để LinkedIn xem xét trước khi họ tìm đến ứng viên tiếp theo.
company-website-reported-docs = Bạn không cài gì, đã chặn cả hai và báo cáo họ. Giấy tờ của bạn vẫn nằm trong tay họ, nên hãy báo ngân hàng, để ý những tài khoản mở dưới tên bạn, và mang các email đến công an.
company-website-gone-quiet = Hai ngày sau, vẫn không có hồi âm từ { $recruiter } hay từ địa chỉ nhân sự, và tin tuyển dụng đã biến mất khỏi trang web.
company-website-walked-away-quiet = Không có gì rời khỏi máy tính của bạn, và bạn đã kiểm tra công ty qua một cơ quan đăng ký mà cô ta không kiểm soát. Chặn cả hai địa chỉ và báo cáo hồ sơ đó với LinkedIn vẫn giúp cảnh báo người tiếp theo cô ta nhắn tin.
